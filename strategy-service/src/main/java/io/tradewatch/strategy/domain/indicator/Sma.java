package io.tradewatch.strategy.domain.indicator;

/** Simple moving average over the last {@code period} values. */
public final class Sma {

    private final RollingWindow window;

    public Sma(int period) {
        this.window = new RollingWindow(period);
    }

    public double update(double value) {
        window.add(value);
        return window.mean();
    }

    public boolean isReady() {
        return window.isFull();
    }

    /** The average of the values seen so far (of fewer than {@code period} while warming up). */
    public double value() {
        return window.mean();
    }

    public int period() {
        return window.capacity();
    }
}
