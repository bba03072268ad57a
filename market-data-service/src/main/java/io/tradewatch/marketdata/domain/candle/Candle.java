package io.tradewatch.marketdata.domain.candle;

import java.math.BigDecimal;

/**
 * A one-minute OHLCV candle, or the part of one that a batch of ticks contributes. Prices are in the quote
 * asset, volume in the base asset, all exact decimals.
 *
 * @param openMillis the minute's start, epoch milliseconds
 */
public record Candle(long openMillis, BigDecimal open, BigDecimal high, BigDecimal low, BigDecimal close,
        BigDecimal volume) {

    private static final long MINUTE_MILLIS = 60_000;

    /** The start of the minute {@code epochMillis} falls in. */
    public static long minuteOf(long epochMillis) {
        return Math.floorDiv(epochMillis, MINUTE_MILLIS) * MINUTE_MILLIS;
    }

    /** A candle of one trade. */
    public static Candle of(long tradeTimeMillis, BigDecimal price, BigDecimal size) {
        return new Candle(minuteOf(tradeTimeMillis), price, price, price, price, size);
    }

    /** This candle after a later trade of the same minute. */
    public Candle plus(BigDecimal price, BigDecimal size) {
        return new Candle(openMillis, open, high.max(price), low.min(price), price, volume.add(size));
    }

    /**
     * This candle merged with the same minute's {@code later} part: the open stays, the close is the later
     * one, highs and lows combine and volumes add. The candle script in Redis applies the same rule.
     */
    public Candle merge(Candle later) {
        if (later.openMillis != openMillis) {
            throw new IllegalArgumentException("Cannot merge the candle of " + later.openMillis + " into " + openMillis);
        }
        return new Candle(openMillis, open, high.max(later.high), low.min(later.low), later.close,
                volume.add(later.volume));
    }
}
