package io.tradewatch.risk.domain.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The fixed scales of every amount the risk rules compare, and their exact integer form: quantities and
 * prices carry 8 decimals, USD amounts 2 (cents), limit ratios 4 and reported drawdowns 6. The Redis
 * scripts hold the integer form, so both sides compare exactly the same numbers.
 */
public final class Units {

    public static final int QUANTITY = 8;

    public static final int PRICE = 8;

    public static final int USD = 2;

    public static final int RATIO = 4;

    public static final int DRAWDOWN = 6;

    private Units() {
    }

    /** The value at the given scale, rounded half-up. */
    public static BigDecimal scaled(BigDecimal value, int scale) {
        return value.setScale(scale, RoundingMode.HALF_UP);
    }

    /** The value as an integer count of units of the given scale (half-up). */
    public static long toUnits(BigDecimal value, int scale) {
        return scaled(value, scale).unscaledValue().longValueExact();
    }

    /** The amount that an integer count of units of the given scale stands for. */
    public static BigDecimal fromUnits(long units, int scale) {
        return BigDecimal.valueOf(units, scale);
    }

    /** Parses the integer text the Redis scripts store; a missing value is zero. */
    public static BigDecimal fromUnits(String units, int scale) {
        return units.isEmpty() ? BigDecimal.ZERO.setScale(scale) : new BigDecimal(units).movePointLeft(scale);
    }
}
