package io.tradewatch.marketdata.service;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The tick pipeline ({@code tradewatch.market-data.pipeline.*}).
 *
 * @param channelCapacity ticks the in-memory channel holds; when full the oldest is dropped and counted
 * @param batchSize most ticks published (and confirmed) together
 * @param confirmTimeout how long a batch may wait for the broker's confirms
 * @param maxAttempts tries per batch (the first and the retries); then the batch is given up and counted
 * @param initialBackoff the wait before the first retry, doubled for each further one
 * @param maxBackoff the longest wait between retries
 * @param drainTimeout at shutdown, how long the worker may go on publishing what is left in the channel
 */
public record PipelineSettings(@DefaultValue("10000") @Min(1) @Max(10_000_000) int channelCapacity,
        @DefaultValue("500") @Min(1) @Max(10_000) int batchSize, @DefaultValue("5s") Duration confirmTimeout,
        @DefaultValue("4") @Min(1) @Max(20) int maxAttempts, @DefaultValue("100ms") Duration initialBackoff,
        @DefaultValue("2s") Duration maxBackoff, @DefaultValue("5s") Duration drainTimeout) {

    public PipelineSettings {
        if (confirmTimeout.isNegative() || confirmTimeout.isZero()) {
            throw new IllegalArgumentException(
                    "tradewatch.market-data.pipeline.confirm-timeout must be positive, was " + confirmTimeout);
        }
        if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("tradewatch.market-data.pipeline.initial-backoff must not be negative nor"
                    + " above max-backoff (" + initialBackoff + " vs " + maxBackoff + ")");
        }
    }
}
