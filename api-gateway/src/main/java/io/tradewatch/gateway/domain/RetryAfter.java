package io.tradewatch.gateway.domain;

/** How long a rate-limited caller should wait: the time the token bucket needs to refill one request. */
public final class RetryAfter {

    private RetryAfter() {
    }

    /** Whole seconds (at least 1) until {@code requestedTokens} are back at {@code replenishRate} tokens/s. */
    public static long seconds(int replenishRate, int requestedTokens) {
        if (replenishRate <= 0) {
            throw new IllegalArgumentException("replenishRate must be positive, was " + replenishRate);
        }
        long seconds = (requestedTokens + replenishRate - 1L) / replenishRate;
        return Math.max(1, seconds);
    }
}
