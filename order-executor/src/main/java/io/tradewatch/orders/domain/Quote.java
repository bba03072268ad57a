package io.tradewatch.orders.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** The latest quote of a symbol as market-data-service publishes it: last trade, best bid and ask, and when. */
public record Quote(String symbol, @Nullable BigDecimal last, @Nullable BigDecimal bid, @Nullable BigDecimal ask,
        Instant at) {

    /** Whether the quote is at most {@code maxAge} old at {@code now}. */
    public boolean isFresh(Instant now, Duration maxAge) {
        return !at.isBefore(now.minus(maxAge));
    }

    /** The price a taker pays (ask for a buy) or receives (bid for a sell), falling back to the last trade. */
    public @Nullable BigDecimal takerPrice(Side side) {
        BigDecimal quoted = switch (side) {
            case BUY -> ask;
            case SELL -> bid;
        };
        return (quoted != null && quoted.signum() > 0) ? quoted : positiveOrNull(last);
    }

    private static @Nullable BigDecimal positiveOrNull(@Nullable BigDecimal value) {
        return (value != null && value.signum() > 0) ? value : null;
    }
}
