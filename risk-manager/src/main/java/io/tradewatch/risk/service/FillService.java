package io.tradewatch.risk.service;

import java.math.BigDecimal;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.tradewatch.risk.domain.pnl.Position;
import io.tradewatch.risk.domain.pnl.Reservation;
import io.tradewatch.risk.domain.rules.Units;
import io.tradewatch.risk.messaging.FillHandler;
import io.tradewatch.risk.store.ApplyFillArguments;
import io.tradewatch.risk.store.BookStore;
import io.tradewatch.risk.store.ReleaseArguments;
import io.tradewatch.risk.store.ScriptArguments;

import org.springframework.stereotype.Service;

/**
 * Applies fills and cancellations. A fill's P&L is computed here (plain Java) from the position read, then
 * written by {@code apply-fill.lua} only if that position and reservation are unchanged, and only once per
 * event id; on a conflict the fill is computed again from fresh state.
 */
@Service
class FillService implements FillHandler {

    private static final Logger log = LoggerFactory.getLogger(FillService.class);

    private static final int MAX_ATTEMPTS = 20;

    private final BookStore store;

    private final DrawdownWatch drawdown;

    private final ScriptArguments arguments;

    FillService(BookStore store, DrawdownWatch drawdown, ScriptArguments arguments) {
        this.store = store;
        this.drawdown = drawdown;
        this.arguments = arguments;
    }

    @Override
    public void fill(Fill fill) {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            BookStore.Outcome outcome = attempt(fill);
            switch (outcome.status()) {
                case "APPLIED" -> {
                    log.info("Fill {} of order {} applied: {} {} {} at {}", fill.eventId(), fill.orderId(), fill.side(),
                            fill.quantity().toPlainString(), fill.symbol(), fill.price().toPlainString());
                    drawdown.after(outcome);
                    return;
                }
                case "DUPLICATE" -> {
                    log.info("Fill {} of order {} was applied before: ignored", fill.eventId(), fill.orderId());
                    return;
                }
                default -> log.debug("Fill {} met a concurrent change (attempt {}): computing it again", fill.eventId(),
                        attempt);
            }
        }
        throw new IllegalStateException("Fill " + fill.eventId() + " kept meeting concurrent changes of " + fill.symbol()
                + " after " + MAX_ATTEMPTS + " attempts; the message is retried, then dead-lettered");
    }

    private BookStore.Outcome attempt(Fill fill) {
        BookStore.PositionRow row = store.position(fill.symbol());
        Reservation reservation = store.reservation(fill.orderId());
        Position.Applied applied = row.position().apply(fill.side(), fill.quantity(), fill.price(), fill.fee());
        Position next = applied.position();
        String mark = (row.mark() != null) ? row.mark() : Units.scaled(fill.price(), Units.PRICE).toPlainString();
        BigDecimal markPrice = new BigDecimal(mark);
        Reservation left = (reservation != null) ? reservation.afterFill(fill.quantity()) : null;
        Instant now = arguments.now();
        return store.run(new ApplyFillArguments(fill.eventId(), fill.orderId(), fill.symbol(),
                Long.toString(row.version()), (row.mark() != null) ? row.mark() : "",
                (reservation != null) ? units(reservation.quantity(), Units.QUANTITY) : "",
                units(next.quantity(), Units.QUANTITY), next.averagePrice().toPlainString(),
                units(next.realizedPnl(), Units.USD), units(applied.realized(), Units.USD),
                units(next.unrealizedAt(markPrice), Units.USD), units(next.exposureAt(markPrice), Units.USD), mark,
                (left != null) ? units(left.quantity(), Units.QUANTITY) : "0",
                (left != null) ? units(left.exposure(), Units.USD) : "0", ScriptArguments.day(now),
                arguments.startingEquity(), arguments.ttlSeconds(), arguments.engageOnCritical(), now.toString()));
    }

    @Override
    public void cancel(String eventId, String orderId) {
        String answer = store.run(new ReleaseArguments(eventId, orderId, arguments.ttlSeconds())).status();
        switch (answer) {
            case "RELEASED" -> log.info("Order {} cancelled: its reservation is released", orderId);
            case "DUPLICATE" -> log.info("Cancellation {} of order {} was applied before: ignored", eventId, orderId);
            default -> log.info("Order {} cancelled but holds no reservation (never approved here, already filled or"
                    + " released): nothing to release", orderId);
        }
    }

    private static String units(BigDecimal value, int scale) {
        return Long.toString(Units.toUnits(value, scale));
    }
}
