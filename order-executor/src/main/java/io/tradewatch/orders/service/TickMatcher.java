package io.tradewatch.orders.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import io.tradewatch.orders.domain.Order;
import io.tradewatch.orders.domain.OrderStatus;
import io.tradewatch.orders.domain.PaperExecution;
import io.tradewatch.orders.store.CommitResult;
import io.tradewatch.orders.store.FillContext;
import io.tradewatch.orders.store.OrderStore;
import io.tradewatch.orders.store.PortfolioStore;

import org.springframework.stereotype.Component;

/**
 * Marks the portfolio on each tick and fills the resting limit orders the tick crosses, at their limit price.
 * The book lives in Redis, so whichever replica receives a tick can match every replica's orders.
 */
@Component
public class TickMatcher {

    private final OrderStore orders;

    private final PortfolioStore portfolio;

    private final PaperExecution paper;

    private final Committer committer;

    private final Clock clock;

    TickMatcher(OrderStore orders, PortfolioStore portfolio, PaperExecution paper, Committer committer, Clock clock) {
        this.clock = clock;
        this.orders = orders;
        this.portfolio = portfolio;
        this.paper = paper;
        this.committer = committer;
    }

    /** Marks {@code symbol} at {@code price} and fills what the tick's ask (buys) and bid (sells) cross. */
    public void onTick(String symbol, BigDecimal price, BigDecimal ask, BigDecimal bid) {
        OrderStore.Candidates candidates = orders.markAndCross(symbol, price, ask, bid);
        candidates.buys().forEach(id -> fillIfCrossed(id, ask));
        candidates.sells().forEach(id -> fillIfCrossed(id, bid));
    }

    private void fillIfCrossed(UUID id, BigDecimal takerPrice) {
        for (int attempt = 0; attempt < Committer.MAX_ATTEMPTS; attempt++) {
            FillContext context = portfolio.fillContext(id).orElse(null);
            Order order = (context != null) ? context.order() : null;
            if (order == null || order.status() != OrderStatus.APPROVED || order.terms().limitPrice() == null
                    || !paper.crossedBy(order, takerPrice)) {
                return;
            }
            CommitResult result = committer.fill(context, order, order.terms().limitPrice(), clock.instant());
            if (result != CommitResult.CONFLICT) {
                return;
            }
            Committer.backOff(attempt);
        }
        throw new IllegalStateException("Resting order " + id + " kept changing while a tick filled it");
    }
}
