package io.tradewatch.platform.instrument;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * One tradable (or merely quoted) instrument: prices move in steps of {@code tickSize}, quantities in steps
 * of {@code lotSize}, and an order's notional (quantity times price) must reach {@code minNotional}.
 *
 * @param symbol the symbol, upper case (for example {@code BTCUSDT})
 * @param tickSize the price increment, in the quote asset; positive
 * @param lotSize the quantity increment, in the base asset; positive
 * @param minNotional the smallest order value, in the quote asset; zero or more
 * @param tradable whether orders may be placed at all; {@code false} keeps it quoted only
 */
public record Instrument(String symbol, BigDecimal tickSize, BigDecimal lotSize, BigDecimal minNotional,
        boolean tradable) {

    /** Normalises a symbol as every entry point does: trimmed, upper case. */
    public static String normalise(String symbol) {
        return symbol.trim().toUpperCase(Locale.ROOT);
    }

    /** Whether {@code price} is a whole number of ticks. */
    public boolean onTick(BigDecimal price) {
        return price.remainder(tickSize).signum() == 0;
    }

    /** Whether {@code quantity} is a whole number of lots. */
    public boolean onLot(BigDecimal quantity) {
        return quantity.remainder(lotSize).signum() == 0;
    }

    /** Whether an order of {@code quantity} at {@code price} is worth at least the minimum notional. */
    public boolean reachesMinNotional(BigDecimal quantity, BigDecimal price) {
        return quantity.multiply(price).compareTo(minNotional) >= 0;
    }

    /** The number of decimals of a price on this instrument's tick (0.01 gives 2). */
    public int priceScale() {
        return Math.max(0, tickSize.stripTrailingZeros().scale());
    }

    /** The number of decimals of a quantity on this instrument's lot (0.001 gives 3). */
    public int quantityScale() {
        return Math.max(0, lotSize.stripTrailingZeros().scale());
    }
}
