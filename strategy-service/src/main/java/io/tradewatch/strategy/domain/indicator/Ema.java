package io.tradewatch.strategy.domain.indicator;

/**
 * Exponential moving average with {@code alpha = 2 / (period + 1)}, seeded with the simple average of the
 * first {@code period} values (the usual convention, as in StockCharts' worked example).
 */
public final class Ema {

    private final int period;

    private final double alpha;

    private int count;

    private double seedSum;

    private double value = Double.NaN;

    public Ema(int period) {
        if (period < 1) {
            throw new IllegalArgumentException("period must be at least 1, was " + period);
        }
        this.period = period;
        this.alpha = 2.0 / (period + 1);
    }

    public double update(double x) {
        if (count < period) {
            count++;
            seedSum += x;
            value = seedSum / count;
        }
        else {
            value += alpha * (x - value);
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
