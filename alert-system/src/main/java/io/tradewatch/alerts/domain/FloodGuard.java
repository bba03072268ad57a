package io.tradewatch.alerts.domain;

/**
 * Flood control: a token bucket that lets {@code ratePerSecond} new alerts through on average and at most
 * {@code burst} at once. It holds two numbers, so a flood costs no memory; what it refuses is suppressed and
 * counted by the caller. Time is passed in (nanoseconds from any fixed origin) so it is tested without a clock.
 */
public final class FloodGuard {

    private final double ratePerNano;

    private final double burst;

    private double tokens;

    private long lastNanos;

    public FloodGuard(double ratePerSecond, int burst, long nowNanos) {
        if (ratePerSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("flood control needs a positive rate and a burst of at least 1, was "
                    + ratePerSecond + "/s and " + burst);
        }
        this.ratePerNano = ratePerSecond / 1e9;
        this.burst = burst;
        this.tokens = burst;
        this.lastNanos = nowNanos;
    }

    /** Takes one token if there is one; {@code false} means the alert is part of a flood. */
    public synchronized boolean tryAcquire(long nowNanos) {
        refill(nowNanos);
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }

    /** Whether a token is available, without taking it: lets callers refuse a flood before doing any work. */
    public synchronized boolean hasCapacity(long nowNanos) {
        refill(nowNanos);
        return tokens >= 1;
    }

    private void refill(long nowNanos) {
        long elapsed = Math.max(0, nowNanos - lastNanos);
        lastNanos = Math.max(lastNanos, nowNanos);
        tokens = Math.min(burst, tokens + elapsed * ratePerNano);
    }
}
