package io.tradewatch.strategy.domain.indicator;

/**
 * Relative strength index with Wilder's smoothing: the first average gain and loss are simple averages of
 * the first {@code period} changes, later ones {@code (previous * (period - 1) + current) / period}. Ready
 * after {@code period + 1} prices; 100 when there was no loss.
 */
public final class WilderRsi {

    private final int period;

    private double previous = Double.NaN;

    private int changes;

    private double averageGain;

    private double averageLoss;

    private double value = Double.NaN;

    public WilderRsi(int period) {
        if (period < 1) {
            throw new IllegalArgumentException("period must be at least 1, was " + period);
        }
        this.period = period;
    }

    public double update(double price) {
        if (Double.isNaN(previous)) {
            previous = price;
            return value;
        }
        double change = price - previous;
        previous = price;
        double gain = Math.max(change, 0);
        double loss = Math.max(-change, 0);
        if (changes < period) {
            changes++;
            averageGain += gain / period;
            averageLoss += loss / period;
            if (changes < period) {
                return value;
            }
        }
        else {
            averageGain = (averageGain * (period - 1) + gain) / period;
            averageLoss = (averageLoss * (period - 1) + loss) / period;
        }
        value = (averageLoss == 0) ? 100 : 100 - 100 / (1 + averageGain / averageLoss);
        return value;
    }

    public boolean isReady() {
        return changes >= period;
    }

    public double value() {
        return value;
    }
}
