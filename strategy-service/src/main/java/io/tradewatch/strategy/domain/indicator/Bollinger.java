package io.tradewatch.strategy.domain.indicator;

/**
 * Bollinger bands: the simple average of the last {@code period} values and bands {@code k} population
 * standard deviations above and below it.
 */
public final class Bollinger {

    private final RollingWindow window;

    private final double k;

    public Bollinger(int period, double k) {
        this.window = new RollingWindow(period);
        this.k = k;
    }

    public void update(double value) {
        window.add(value);
    }

    public boolean isReady() {
        return window.isFull();
    }

    public double middle() {
        return window.mean();
    }

    public double standardDeviation() {
        return Math.sqrt(window.variance());
    }

    public double upper() {
        return middle() + k * standardDeviation();
    }

    public double lower() {
        return middle() - k * standardDeviation();
    }
}
