package io.tradewatch.orders.config;

import java.math.BigDecimal;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The order executor's settings ({@code tradewatch.order-executor.*}); a bad value stops the service at
 * startup with a message naming the property.
 *
 * @param startingCash the paper account's cash before any fill (USD)
 * @param slippageBps how far a taker fill moves against the order from the quote, in basis points
 * @param feeBps the fee charged on every fill's notional, in basis points
 * @param quoteMaxAge the oldest quote (and tick) an order may be valued or filled on
 * @param idempotency how long keys are kept, and how long a request may hold a key before it is committed
 * @param outbox how events awaiting a broker confirmation are retried
 * @param orderRetention how long a finished order stays readable
 * @param tradesKept how many recent trades {@code /api/trades} can show
 * @param fillMarkersKept how many processed-fill markers are kept for deduplication
 * @param listScanLimit how many of the most recent orders a filtered listing looks through
 * @param portfolioRefresh how often the portfolio gauges are refreshed from Redis
 * @param ticks the tick queue's capacity and how often its depth is read
 * @param consumers how many listener threads each queue gets in one replica
 */
@ConfigurationProperties("tradewatch.order-executor")
@Validated
public record OrderExecutorProperties(
        @DefaultValue("100000") @NotNull @DecimalMin("0") BigDecimal startingCash,
        @DefaultValue("5") @NotNull @DecimalMin("0") @DecimalMax("1000") BigDecimal slippageBps,
        @DefaultValue("10") @NotNull @DecimalMin("0") @DecimalMax("1000") BigDecimal feeBps,
        @DefaultValue("10s") @NotNull Duration quoteMaxAge,
        @DefaultValue @Valid Idempotency idempotency,
        @DefaultValue @Valid Outbox outbox,
        @DefaultValue("7d") @NotNull Duration orderRetention,
        @DefaultValue("10000") @Min(1) @Max(1_000_000) int tradesKept,
        @DefaultValue("200000") @Min(1000) int fillMarkersKept,
        @DefaultValue("5000") @Min(100) @Max(100_000) int listScanLimit,
        @DefaultValue("2s") @NotNull Duration portfolioRefresh,
        @DefaultValue @Valid Ticks ticks,
        @DefaultValue @Valid Consumers consumers) {

    public OrderExecutorProperties {
        requirePositive("quote-max-age", quoteMaxAge);
        requirePositive("order-retention", orderRetention);
        requirePositive("portfolio-refresh", portfolioRefresh);
    }

    /**
     * @param ttl how long a key answers retries with the same order
     * @param lease how long a request may hold a key before its order is stored; a retry meanwhile gets 409
     */
    public record Idempotency(@DefaultValue("24h") @NotNull Duration ttl, @DefaultValue("30s") @NotNull Duration lease) {

        public Idempotency {
            requirePositive("idempotency.ttl", ttl);
            requirePositive("idempotency.lease", lease);
        }
    }

    /**
     * @param confirmTimeout how long a publish may wait for its confirmation before the relay sends it again
     * @param retryInterval how often the relay looks for events to send again
     * @param batch how many events the relay sends per round
     * @param backlogWarning how many unconfirmed events make the outbox component degraded
     */
    public record Outbox(@DefaultValue("5s") @NotNull Duration confirmTimeout,
            @DefaultValue("1s") @NotNull Duration retryInterval, @DefaultValue("200") @Min(1) int batch,
            @DefaultValue("1000") @Min(1) int backlogWarning) {

        public Outbox {
            requirePositive("outbox.confirm-timeout", confirmTimeout);
            requirePositive("outbox.retry-interval", retryInterval);
        }
    }

    /**
     * @param capacity the tick queue's {@code x-max-length}; older ticks are dropped beyond it
     * @param depthPoll how often the tick queue's depth is read for the channel gauges
     */
    public record Ticks(@DefaultValue("10000") @Min(10) int capacity, @DefaultValue("5s") @NotNull Duration depthPoll) {
    }

    /**
     * @param decisions consumers of {@code order-executor.decisions}
     * @param signals consumers of {@code order-executor.signals}
     * @param ticks consumers of {@code order-executor.ticks} (one keeps the marks in tick order)
     */
    public record Consumers(@DefaultValue("4") @Min(1) @Max(32) int decisions, @DefaultValue("1") @Min(1) @Max(32) int signals,
            @DefaultValue("1") @Min(1) @Max(32) int ticks) {
    }

    private static void requirePositive(String name, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("tradewatch.order-executor." + name + " must be a positive duration, was "
                    + value);
        }
    }
}
