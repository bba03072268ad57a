package io.tradewatch.orders.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;

import org.jspecify.annotations.Nullable;

import io.tradewatch.orders.domain.Account;
import io.tradewatch.orders.domain.Fill;
import io.tradewatch.orders.domain.Ledger;
import io.tradewatch.orders.domain.Order;
import io.tradewatch.orders.domain.PaperExecution;
import io.tradewatch.orders.store.CommitResult;
import io.tradewatch.orders.store.FillContext;
import io.tradewatch.orders.store.OrderStore;
import io.tradewatch.orders.store.OutboxEntry;
import io.tradewatch.orders.store.PortfolioStore;
import io.tradewatch.orders.store.Trade;

import org.springframework.stereotype.Component;

/**
 * Commits order changes and fills atomically and only then publishes their events: a change computed from a
 * state that moved meanwhile is refused by the store, and the caller reads again and decides again.
 */
@Component
class Committer {

    static final int MAX_ATTEMPTS = 50;

    private final OrderStore orders;

    private final PortfolioStore portfolio;

    private final PaperExecution paper;

    private final OrderEvents events;

    private final EventSender publisher;

    private final OrderMetrics metrics;

    Committer(OrderStore orders, PortfolioStore portfolio, PaperExecution paper, OrderEvents events,
            EventSender publisher, OrderMetrics metrics) {
        this.orders = orders;
        this.portfolio = portfolio;
        this.paper = paper;
        this.events = events;
        this.publisher = publisher;
        this.metrics = metrics;
    }

    /** Moves the stored {@code from} to {@code to}, then publishes {@code event} (if any). */
    CommitResult transition(Order from, Order to, @Nullable OutboxEntry event) {
        CommitResult result = orders.transition(from, to, event);
        if (result == CommitResult.COMMITTED) {
            OrderLog.changed(from, to);
            if (event != null) {
                publisher.publish(event);
            }
        }
        return result;
    }

    /**
     * Fills {@code order} (the stored order of {@code context}, possibly just approved) at {@code price} from the
     * account and position read with it: the order, the account, the position, the fill marker and the trade in
     * one step, then {@code order.filled}.
     */
    CommitResult fill(FillContext context, Order order, BigDecimal price, Instant at) {
        Fill fill = paper.fill(order, price, at);
        Order filled = order.filled(fill);
        Account account = context.account();
        Ledger.Effect effect = Ledger.apply(account, context.position(), order.terms().side(), fill);
        OutboxEntry event = events.filled(filled, fill);
        CommitResult result = portfolio.applyFill(context.order(), filled, account, effect, Trade.of(filled, fill),
                event);
        if (result == CommitResult.COMMITTED) {
            OrderLog.changed(context.order(), filled);
            OrderLog.filled(filled, fill);
            publisher.publish(event);
            metrics.filled(filled, fill);
        }
        return result;
    }

    /** A short random pause before reading again after a conflict, so competing writers spread out. */
    static void backOff(int attempt) {
        LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(50_000L * Math.min(attempt + 1, 20)));
    }
}
