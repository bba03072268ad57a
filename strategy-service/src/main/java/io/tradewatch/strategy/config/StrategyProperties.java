package io.tradewatch.strategy.config;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of strategy-service under {@code tradewatch.strategy}.
 *
 * @param shards number of tick queues {@code strategy.ticks.<n>}; every replica must use the same number
 * @param queueMaxLength bound of each tick queue; the oldest tick is dropped beyond it
 * @param prefetch unacknowledged ticks a consumer may hold per shard
 * @param symbols symbols bound even before a strategy names them
 * @param definitionsRefresh how often a replica checks Redis for changed definitions
 * @param reseedAfter a symbol whose last update is older than this is re-seeded from candles before its
 * next tick is evaluated (after a failover, for example)
 * @param warmupCandles how many one-minute candles seed a strategy on a symbol
 * @param signalsMaxLength approximate cap of the {@code strategy:signals} stream
 * @param confirmTimeout how long a signal publish waits for the broker's confirm
 * @param createDefaults whether the default strategies are created on the first start
 */
@Validated
@ConfigurationProperties("tradewatch.strategy")
public record StrategyProperties(@DefaultValue("4") @Min(1) @Max(64) int shards,
        @DefaultValue("10000") @Min(10) @Max(10_000_000) int queueMaxLength,
        @DefaultValue("250") @Min(1) @Max(10_000) int prefetch,
        @DefaultValue({ "BTCUSDT", "ETHUSDT", "SOLUSDT" }) List<@Pattern(regexp = "[A-Z0-9]{2,20}") String> symbols,
        @DefaultValue("1s") @NotNull Duration definitionsRefresh, @DefaultValue("2m") @NotNull Duration reseedAfter,
        @DefaultValue("200") @Min(0) @Max(1440) int warmupCandles,
        @DefaultValue("1000") @Min(10) @Max(1_000_000) long signalsMaxLength,
        @DefaultValue("5s") @NotNull Duration confirmTimeout, @DefaultValue("true") boolean createDefaults) {

    public StrategyProperties {
        if (definitionsRefresh.isZero() || definitionsRefresh.isNegative()) {
            throw new IllegalArgumentException("tradewatch.strategy.definitions-refresh must be positive, was "
                    + definitionsRefresh);
        }
    }
}
