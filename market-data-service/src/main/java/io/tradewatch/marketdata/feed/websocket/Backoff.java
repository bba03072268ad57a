package io.tradewatch.marketdata.feed.websocket;

import java.time.Duration;

/**
 * Reconnect delays: the initial delay doubled per failed attempt up to the maximum, of which a random
 * share (the jitter) is taken off, so many clients dropped at once do not return in step. Plain arithmetic.
 */
final class Backoff {

    private final long initialMillis;

    private final long maxMillis;

    private final double jitter;

    Backoff(Duration initial, Duration max, double jitter) {
        this.initialMillis = initial.toMillis();
        this.maxMillis = max.toMillis();
        this.jitter = jitter;
    }

    /**
     * The delay before attempt {@code attempt} (0 for the first reconnect) given a uniform draw
     * {@code random} in [0, 1).
     */
    long delayMillis(int attempt, double random) {
        long base = Math.min(maxMillis, initialMillis << Math.min(attempt, 30));
        return Math.round(base * (1 - jitter * random));
    }
}
