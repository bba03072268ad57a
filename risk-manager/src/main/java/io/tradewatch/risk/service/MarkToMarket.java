package io.tradewatch.risk.service;

import java.math.BigDecimal;
import java.time.Instant;

import io.tradewatch.risk.domain.pnl.Position;
import io.tradewatch.risk.domain.rules.Units;
import io.tradewatch.risk.messaging.PositionMarker;
import io.tradewatch.risk.store.BookStore;
import io.tradewatch.risk.store.MarkArguments;
import io.tradewatch.risk.store.ScriptArguments;

import org.springframework.stereotype.Service;

/**
 * Marks a symbol's position to a tick's price: unrealized P&L and exposure are computed here from the
 * position read and written by {@code mark.lua} unless a fill changed the position meanwhile (then it is
 * read again). A symbol without a position only has its mark recorded.
 */
@Service
class MarkToMarket implements PositionMarker {

    private static final int MAX_ATTEMPTS = 5;

    private final BookStore store;

    private final DrawdownWatch drawdown;

    private final ScriptArguments arguments;

    MarkToMarket(BookStore store, DrawdownWatch drawdown, ScriptArguments arguments) {
        this.store = store;
        this.drawdown = drawdown;
        this.arguments = arguments;
    }

    @Override
    public boolean mark(String symbol, BigDecimal price) {
        String mark = Units.scaled(price, Units.PRICE).toPlainString();
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            BookStore.PositionRow row = store.position(symbol);
            Position position = row.position();
            if (position.quantity().signum() == 0) {
                store.setMark(symbol, mark);
                return true;
            }
            Instant now = arguments.now();
            BookStore.Outcome outcome = store.run(new MarkArguments(symbol, mark, Long.toString(row.version()),
                    Long.toString(Units.toUnits(position.unrealizedAt(price), Units.USD)),
                    Long.toString(Units.toUnits(position.exposureAt(price), Units.USD)),
                    ScriptArguments.day(now), arguments.startingEquity(), arguments.engageOnCritical(),
                    now.toString()));
            if ("APPLIED".equals(outcome.status())) {
                drawdown.after(outcome);
                return true;
            }
        }
        return false;
    }
}
