package io.tradewatch.marketdata.store;

/** The Redis keys this service owns; other services read them as {@code docs/services/market-data-service.md} says. */
public final class RedisKeys {

    /** Hash of the latest quote: {@code last}, {@code bid}, {@code ask}, {@code size}, {@code seq}, {@code ts}. */
    public static final String QUOTE_PREFIX = "md:quote:";

    public static final String CANDLES_PREFIX = "md:candles:";

    public static final String CANDLES_SUFFIX = ":1m";

    /** The cache names in {@code trading_cache_*} meters. */
    public static final String QUOTES_CACHE = "quotes";

    public static final String CANDLES_CACHE = "candles";

    private RedisKeys() {
    }

    public static String quote(String symbol) {
        return QUOTE_PREFIX + symbol;
    }

    public static String candles(String symbol) {
        return CANDLES_PREFIX + symbol + CANDLES_SUFFIX;
    }
}
