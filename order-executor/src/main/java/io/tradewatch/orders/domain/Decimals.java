package io.tradewatch.orders.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The scales and rounding of the suite's money and quantities: 8 decimals for prices, quantities and USD. */
public final class Decimals {

    /** Decimals kept for prices, quantities and USD amounts. */
    public static final int SCALE = 8;

    static final BigDecimal BPS = BigDecimal.valueOf(10_000);

    private Decimals() {
    }

    /** A value rounded to {@link #SCALE} decimals, half up (used for prices and amounts charged). */
    public static BigDecimal money(BigDecimal value) {
        return value.setScale(SCALE, RoundingMode.HALF_UP);
    }

    /** A value rounded to {@link #SCALE} decimals, half even (used for averages and P&L). */
    public static BigDecimal even(BigDecimal value) {
        return value.setScale(SCALE, RoundingMode.HALF_EVEN);
    }

    /** How many decimals a value really has, ignoring trailing zeros. */
    public static int decimalsOf(BigDecimal value) {
        return Math.max(0, value.stripTrailingZeros().scale());
    }
}
