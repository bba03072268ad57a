package io.tradewatch.orders.domain;

import java.math.BigDecimal;

/**
 * The portfolio's cash, the P&L realized over all symbols (net of fees), the fees paid, and a version that every
 * applied fill increments, so that two fills can never be computed from the same starting point.
 */
public record Account(BigDecimal cash, BigDecimal realizedPnl, BigDecimal fees, long version) {

    public static Account opening(BigDecimal startingCash) {
        return new Account(startingCash, BigDecimal.ZERO, BigDecimal.ZERO, 0);
    }
}
