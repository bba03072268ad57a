package io.tradewatch.strategy.domain;

/**
 * One update of a symbol's market: a live tick (open = high = low = close = price, volume = size) or a
 * stored or uploaded candle. {@code time} is epoch milliseconds (the tick's trade time, the candle's open).
 */
public record Bar(long time, double open, double high, double low, double close, double volume) {

    public static Bar ofTick(long time, double price, double size) {
        return new Bar(time, price, price, price, price, size);
    }

    /** The typical price {@code (high + low + close) / 3}, the price VWAP weighs. */
    public double typical() {
        return (high + low + close) / 3;
    }
}
