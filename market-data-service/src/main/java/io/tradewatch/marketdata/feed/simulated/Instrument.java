package io.tradewatch.marketdata.feed.simulated;

import java.math.BigDecimal;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * How one symbol is simulated. The built-in table holds the price walk of 20 liquid USDT pairs with plausible
 * prices, volatilities and sizes; any other symbol starts at 100 with 80% volatility. Prices and sizes move in
 * the tick and lot sizes of the shared instrument catalog.
 */
record Instrument(BigDecimal startPrice, double drift, double volatility, double spreadBps, BigDecimal meanSize,
        BigDecimal tickSize, BigDecimal lotSize) {

    private static final double DEFAULT_SPREAD_BPS = 2;

    private static final Map<String, Instrument> BUILT_IN = Map.ofEntries(
            entry("BTCUSDT", "65000.00", 0.55, "0.05000"),
            entry("ETHUSDT", "3400.00", 0.65, "0.8000"),
            entry("BNBUSDT", "580.00", 0.6, "2.000"),
            entry("SOLUSDT", "150.00", 0.85, "10.000"),
            entry("XRPUSDT", "0.5200", 0.8, "2500.0"),
            entry("ADAUSDT", "0.4500", 0.8, "3000.0"),
            entry("DOGEUSDT", "0.15000", 0.95, "10000"),
            entry("AVAXUSDT", "35.00", 0.9, "40.00"),
            entry("DOTUSDT", "7.000", 0.85, "150.00"),
            entry("LINKUSDT", "15.00", 0.85, "80.00"),
            entry("LTCUSDT", "80.00", 0.7, "15.000"),
            entry("TRXUSDT", "0.12000", 0.6, "8000.0"),
            entry("BCHUSDT", "450.0", 0.75, "2.000"),
            entry("ATOMUSDT", "8.000", 0.85, "120.00"),
            entry("UNIUSDT", "8.000", 0.9, "100.00"),
            entry("XLMUSDT", "0.11000", 0.75, "9000"),
            entry("ETCUSDT", "26.00", 0.8, "40.00"),
            entry("FILUSDT", "5.500", 0.95, "200.00"),
            entry("NEARUSDT", "6.000", 0.95, "200.0"),
            entry("APTUSDT", "9.000", 0.95, "120.00"));

    private static final Instrument FALLBACK = entry("", "100.00", 0.8, "10").getValue();


    /**
     * The built-in price walk of {@code symbol}, with whatever {@code override} sets replacing it, on the
     * catalog's {@code tickSize} and {@code lotSize}.
     */
    static Instrument of(String symbol, @Nullable InstrumentOverride override, BigDecimal tickSize,
            BigDecimal lotSize) {
        Instrument base = BUILT_IN.getOrDefault(symbol, FALLBACK);
        if (override == null) {
            return new Instrument(base.startPrice, base.drift, base.volatility, base.spreadBps, base.meanSize,
                    tickSize, lotSize);
        }
        return new Instrument(pick(override.startPrice(), base.startPrice), pick(override.drift(), base.drift),
                pick(override.volatility(), base.volatility), pick(override.spreadBps(), base.spreadBps),
                pick(override.meanSize(), base.meanSize), tickSize, lotSize);
    }

    private static <T> T pick(@Nullable T override, T fallback) {
        return (override != null) ? override : fallback;
    }

    private static Map.Entry<String, Instrument> entry(String symbol, String price, double volatility, String size) {
        // the steps are placeholders: of() always replaces them with the catalog's tick and lot sizes
        return Map.entry(symbol, new Instrument(new BigDecimal(price), 0, volatility, DEFAULT_SPREAD_BPS,
                new BigDecimal(size), BigDecimal.ONE, BigDecimal.ONE));
    }
}
