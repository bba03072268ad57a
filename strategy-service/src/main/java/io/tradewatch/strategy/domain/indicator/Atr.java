package io.tradewatch.strategy.domain.indicator;

/**
 * Average true range with Wilder's smoothing. The true range is {@code max(high - low, |high - previous
 * close|, |low - previous close|)} ({@code high - low} for the first bar); the first ATR is the simple
 * average of the first {@code period} true ranges.
 */
public final class Atr {

    private final int period;

    private double previousClose = Double.NaN;

    private int count;

    private double value = Double.NaN;

    private double seedSum;

    public Atr(int period) {
        if (period < 1) {
            throw new IllegalArgumentException("period must be at least 1, was " + period);
        }
        this.period = period;
    }

    public double update(double high, double low, double close) {
        double range = high - low;
        if (!Double.isNaN(previousClose)) {
            range = Math.max(range, Math.max(Math.abs(high - previousClose), Math.abs(low - previousClose)));
        }
        previousClose = close;
        if (count < period) {
            count++;
            seedSum += range;
            value = seedSum / count;
        }
        else {
            value = (value * (period - 1) + range) / period;
        }
        return value;
    }

    public boolean isReady() {
        return count >= period;
    }

    public double value() {
        return value;
    }
}
