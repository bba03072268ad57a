package io.tradewatch.metrics;

import java.util.concurrent.atomic.AtomicLong;

/** The value behind a settable gauge: a double that recorders set and Prometheus reads at scrape time. */
public final class GaugeValue {

    private final AtomicLong bits = new AtomicLong(Double.doubleToRawLongBits(0.0));

    public void set(double value) {
        bits.set(Double.doubleToRawLongBits(value));
    }

    public double get() {
        return Double.longBitsToDouble(bits.get());
    }

    public void add(double delta) {
        long current;
        long next;
        do {
            current = bits.get();
            next = Double.doubleToRawLongBits(Double.longBitsToDouble(current) + delta);
        }
        while (!bits.compareAndSet(current, next));
    }
}
