package io.tradewatch.alerts.domain.delivery;

import java.time.Duration;

/** Exponential backoff between delivery attempts: {@code initial}, then doubled each time, never above {@code max}. */
public record Backoff(Duration initial, Duration max, double multiplier) {

    public Backoff {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0 || multiplier < 1) {
            throw new IllegalArgumentException("backoff needs 0 < initial <= max and multiplier >= 1, was " + initial
                    + ", " + max + ", " + multiplier);
        }
    }

    /** How long to wait after failed attempt number {@code attempt} (1 for the first) before the next one. */
    public Duration delayAfter(int attempt) {
        double millis = initial.toMillis() * Math.pow(multiplier, Math.max(0, attempt - 1));
        return (millis >= max.toMillis()) ? max : Duration.ofMillis((long) millis);
    }
}
