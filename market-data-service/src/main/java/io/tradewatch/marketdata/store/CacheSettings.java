package io.tradewatch.marketdata.store;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The quote and candle cache ({@code tradewatch.market-data.cache.*}).
 *
 * @param candleRetention one-minute candles kept per symbol (1,440 is a day)
 * @param writeTimeout how long one pipelined write may take before it counts as failed
 * @param retryInterval how long the writer waits before writing again while Redis is unreachable
 */
public record CacheSettings(@DefaultValue("1440") @Min(1) @Max(100_000) int candleRetention,
        @DefaultValue("2s") Duration writeTimeout, @DefaultValue("1s") Duration retryInterval) {

    public CacheSettings {
        if (writeTimeout.isNegative() || writeTimeout.isZero()) {
            throw new IllegalArgumentException(
                    "tradewatch.market-data.cache.write-timeout must be positive, was " + writeTimeout);
        }
    }
}
