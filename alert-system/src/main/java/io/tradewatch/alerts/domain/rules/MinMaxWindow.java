package io.tradewatch.alerts.domain.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The lowest and highest price seen within a sliding time window, in constant time per price: two monotonic
 * queues with at most one entry per second, so memory is bounded by the window's length in seconds whatever
 * the tick rate.
 */
final class MinMaxWindow {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final long windowSeconds;

    private final Deque<Sample> mins = new ArrayDeque<>();

    private final Deque<Sample> maxs = new ArrayDeque<>();

    private long latestSecond = Long.MIN_VALUE;

    MinMaxWindow(Duration window) {
        this.windowSeconds = Math.max(1, window.toSeconds());
    }

    void add(Instant at, BigDecimal value) {
        long second = Math.max(at.getEpochSecond(), latestSecond);
        latestSecond = second;
        evict(mins, second);
        evict(maxs, second);
        push(mins, second, value, 1);
        push(maxs, second, value, -1);
    }

    /** The move to {@code price} from the window's extreme, in percent: positive up from the low, negative down from the high. */
    BigDecimal movePercent(BigDecimal price) {
        BigDecimal low = mins.isEmpty() ? price : mins.peekFirst().value();
        BigDecimal high = maxs.isEmpty() ? price : maxs.peekFirst().value();
        BigDecimal up = price.subtract(low).multiply(HUNDRED).divide(low, 4, RoundingMode.HALF_UP);
        BigDecimal down = high.subtract(price).multiply(HUNDRED).divide(high, 4, RoundingMode.HALF_UP);
        return (up.compareTo(down) >= 0) ? up : down.negate();
    }

    int size() {
        return Math.max(mins.size(), maxs.size());
    }

    private void evict(Deque<Sample> samples, long second) {
        while (!samples.isEmpty() && samples.peekFirst().second() <= second - windowSeconds) {
            samples.pollFirst();
        }
    }

    /** {@code direction} 1 keeps increasing values (minimums), -1 decreasing ones (maximums). */
    private static void push(Deque<Sample> samples, long second, BigDecimal value, int direction) {
        while (!samples.isEmpty() && samples.peekLast().value().compareTo(value) * direction >= 0) {
            samples.pollLast();
        }
        if (!samples.isEmpty() && samples.peekLast().second() == second) {
            return;
        }
        samples.addLast(new Sample(second, value));
    }

    private record Sample(long second, BigDecimal value) {
    }
}
