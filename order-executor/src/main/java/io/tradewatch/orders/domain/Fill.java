package io.tradewatch.orders.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One paper execution of a whole order: how much, at what price, the fee charged and the slippage suffered. */
public record Fill(UUID fillId, BigDecimal quantity, BigDecimal price, BigDecimal notional, BigDecimal fee,
        double slippageBps, Instant filledAt) {
}
