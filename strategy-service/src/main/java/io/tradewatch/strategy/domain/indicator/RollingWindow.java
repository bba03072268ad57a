package io.tradewatch.strategy.domain.indicator;

/**
 * The last {@code capacity} values with their running sum and sum of squares, kept relative to a shift so
 * that the variance of prices far from zero keeps its precision; the sums are recomputed from the buffer
 * every {@value #RESYNC_EVERY} updates so rounding drift never accumulates (amortised O(1)).
 */
public final class RollingWindow {

    static final int RESYNC_EVERY = 1 << 14;

    private final double[] values;

    private int next;

    private int count;

    private int sinceResync;

    private double shift = Double.NaN;

    private double sum;

    private double sumOfSquares;

    public RollingWindow(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.values = new double[capacity];
    }

    /** Adds a value, evicting the oldest when full. */
    public void add(double value) {
        if (Double.isNaN(shift)) {
            shift = value;
        }
        if (count == values.length) {
            double old = values[next] - shift;
            sum -= old;
            sumOfSquares -= old * old;
        }
        else {
            count++;
        }
        values[next] = value;
        double shifted = value - shift;
        sum += shifted;
        sumOfSquares += shifted * shifted;
        next = (next + 1 == values.length) ? 0 : next + 1;
        if (++sinceResync == RESYNC_EVERY) {
            resync();
        }
    }

    public boolean isFull() {
        return count == values.length;
    }

    public int count() {
        return count;
    }

    public int capacity() {
        return values.length;
    }

    public double mean() {
        return (count == 0) ? Double.NaN : shift + sum / count;
    }

    /** Population variance of the values held (never negative). */
    public double variance() {
        if (count == 0) {
            return Double.NaN;
        }
        double meanShifted = sum / count;
        return Math.max(0, sumOfSquares / count - meanShifted * meanShifted);
    }

    /** The sum of the values held. */
    public double sum() {
        return shift * count + sum;
    }

    /** The value added {@code age} updates ago (0 is the newest). */
    public double get(int age) {
        int index = next - 1 - age;
        return values[(index < 0) ? index + values.length : index];
    }

    private void resync() {
        sinceResync = 0;
        double newShift = mean();
        double s = 0;
        double sq = 0;
        for (int i = 0; i < count; i++) {
            double shifted = values[i] - newShift;
            s += shifted;
            sq += shifted * shifted;
        }
        shift = newShift;
        sum = s;
        sumOfSquares = sq;
    }
}
