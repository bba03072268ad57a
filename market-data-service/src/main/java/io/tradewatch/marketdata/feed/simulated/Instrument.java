package io.tradewatch.marketdata.feed.simulated;

import java.math.BigDecimal;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * How one symbol is simulated. The built-in table holds 20 liquid USDT pairs with plausible prices,
 * volatilities and sizes; any other symbol starts at 100 with 80% volatility.
 */
record Instrument(BigDecimal startPrice, double drift, double volatility, double spreadBps, BigDecimal meanSize,
        int priceScale, int sizeScale) {

    private static final Map<String, Instrument> BUILT_IN = Map.ofEntries(
            entry("BTCUSDT", "65000.00", 0.55, "0.05000", 2, 5),
            entry("ETHUSDT", "3400.00", 0.65, "0.8000", 2, 4),
            entry("BNBUSDT", "580.00", 0.6, "2.000", 2, 3),
            entry("SOLUSDT", "150.00", 0.85, "10.000", 2, 3),
            entry("XRPUSDT", "0.5200", 0.8, "2500.0", 4, 1),
            entry("ADAUSDT", "0.4500", 0.8, "3000.0", 4, 1),
            entry("DOGEUSDT", "0.15000", 0.95, "10000", 5, 0),
            entry("AVAXUSDT", "35.00", 0.9, "40.00", 2, 2),
            entry("DOTUSDT", "7.000", 0.85, "150.00", 3, 2),
            entry("LINKUSDT", "15.00", 0.85, "80.00", 2, 2),
            entry("LTCUSDT", "80.00", 0.7, "15.000", 2, 3),
            entry("TRXUSDT", "0.12000", 0.6, "8000.0", 5, 1),
            entry("BCHUSDT", "450.0", 0.75, "2.000", 1, 3),
            entry("ATOMUSDT", "8.000", 0.85, "120.00", 3, 2),
            entry("UNIUSDT", "8.000", 0.9, "100.00", 3, 2),
            entry("XLMUSDT", "0.11000", 0.75, "9000", 5, 0),
            entry("ETCUSDT", "26.00", 0.8, "40.00", 2, 2),
            entry("FILUSDT", "5.500", 0.95, "200.00", 3, 2),
            entry("NEARUSDT", "6.000", 0.95, "200.0", 3, 1),
            entry("APTUSDT", "9.000", 0.95, "120.00", 3, 2));

    private static final Instrument FALLBACK = new Instrument(new BigDecimal("100.00"), 0, 0.8, 2, BigDecimal.TEN, 2, 2);

    private static final double DEFAULT_SPREAD_BPS = 2;

    /** The built-in settings of {@code symbol}, with whatever {@code override} sets replacing them. */
    static Instrument of(String symbol, @Nullable InstrumentOverride override) {
        Instrument base = BUILT_IN.getOrDefault(symbol, FALLBACK);
        if (override == null) {
            return base;
        }
        return new Instrument(pick(override.startPrice(), base.startPrice), pick(override.drift(), base.drift),
                pick(override.volatility(), base.volatility), pick(override.spreadBps(), base.spreadBps),
                pick(override.meanSize(), base.meanSize), pick(override.priceScale(), base.priceScale),
                pick(override.sizeScale(), base.sizeScale));
    }

    private static <T> T pick(@Nullable T override, T fallback) {
        return (override != null) ? override : fallback;
    }

    private static Map.Entry<String, Instrument> entry(String symbol, String price, double volatility, String size,
            int priceScale, int sizeScale) {
        return Map.entry(symbol, new Instrument(new BigDecimal(price), 0, volatility, DEFAULT_SPREAD_BPS,
                new BigDecimal(size), priceScale, sizeScale));
    }
}
