package io.tradewatch.risk.domain.pnl;

import java.math.BigDecimal;
import java.math.RoundingMode;

import io.tradewatch.risk.domain.rules.Units;

/**
 * What an approved order still holds: the unfilled quantity it reserves against its symbol's position
 * limit and the exposure (USD) it reserves against the gross exposure limit.
 */
public record Reservation(BigDecimal quantity, BigDecimal exposure) {

    public Reservation {
        quantity = Units.scaled(quantity, Units.QUANTITY);
        exposure = Units.scaled(exposure, Units.USD);
    }

    /**
     * The reservation left after a fill: the filled quantity stops being reserved (it is now position),
     * with its share of the exposure; the last fill releases whatever is left.
     */
    public Reservation afterFill(BigDecimal filled) {
        BigDecimal remaining = quantity.subtract(filled).max(BigDecimal.ZERO);
        if (remaining.signum() == 0 || quantity.signum() == 0) {
            return new Reservation(BigDecimal.ZERO, BigDecimal.ZERO);
        }
        BigDecimal released = exposure.multiply(quantity.subtract(remaining))
            .divide(quantity, Units.USD, RoundingMode.HALF_UP);
        return new Reservation(remaining, exposure.subtract(released));
    }

    public boolean isDone() {
        return quantity.signum() == 0;
    }
}
