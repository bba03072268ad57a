package io.tradewatch.risk.config;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import io.tradewatch.risk.domain.rules.LimitsDraft;
import io.tradewatch.risk.domain.rules.LimitsValidator;
import io.tradewatch.risk.domain.rules.RiskLimits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Configuration of the risk manager ({@code tradewatch.risk.*}). The default limits are validated like a
 * {@code PUT /api/risk/limits} body, so bad defaults stop the start with every bad field named.
 *
 * @param keyPrefix prefix of every Redis key this service owns
 * @param startingEquity account equity (USD) before any P&L; seeded into Redis once, the base of drawdown
 * @param decisionTtl how long decisions and processed-event markers are kept for deduplication
 * @param publishTimeout how long to wait for the broker's confirm of a publish
 * @param engageKillSwitchOnCritical whether a critical breach (daily loss, drawdown) engages the kill switch
 * @param gaugeRefresh how often the exposure, drawdown, usage and queue gauges are refreshed from Redis
 * @param tickQueueMaxLength the bound of {@code risk-manager.ticks}; the oldest tick is dropped beyond it
 * @param breachHistory how many recent breaches {@code GET /api/risk/breaches} keeps
 * @param orderConsumers listener threads per replica on {@code risk-manager.orders}
 * @param defaultLimits limits seeded into Redis when none are stored yet
 */
@Validated
@ConfigurationProperties("tradewatch.risk")
public record RiskProperties(@DefaultValue("risk:") @NotBlank String keyPrefix,
        @DefaultValue("100000.00") @NotNull BigDecimal startingEquity, @DefaultValue("7d") Duration decisionTtl,
        @DefaultValue("5s") Duration publishTimeout, @DefaultValue("true") boolean engageKillSwitchOnCritical,
        @DefaultValue("2s") Duration gaugeRefresh, @DefaultValue("10000") @Min(1) int tickQueueMaxLength,
        @DefaultValue("200") @Min(1) int breachHistory, @DefaultValue("4") @Min(1) int orderConsumers,
        @NotNull LimitsDraft defaultLimits) {

    public RiskProperties {
        if (startingEquity.signum() <= 0 || startingEquity.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("tradewatch.risk.starting-equity must be a positive USD amount with at"
                    + " most 2 decimals, was " + startingEquity);
        }
        requirePositive("decision-ttl", decisionTtl);
        requirePositive("publish-timeout", publishTimeout);
        requirePositive("gauge-refresh", gaugeRefresh);
        if (defaultLimits == null) {
            throw new IllegalArgumentException("tradewatch.risk.default-limits is required: the limits seeded when"
                    + " Redis holds none");
        }
        defaultLimitsOrFail(defaultLimits);
    }

    /** The validated default limits. */
    public RiskLimits limits() {
        return defaultLimitsOrFail(defaultLimits);
    }

    private static RiskLimits defaultLimitsOrFail(LimitsDraft draft) {
        return switch (LimitsValidator.validate(draft)) {
            case LimitsValidator.Valid valid -> valid.limits();
            case LimitsValidator.Invalid invalid -> throw new IllegalArgumentException(
                    "tradewatch.risk.default-limits are invalid: " + invalid.problems()
                        .stream()
                        .map(problem -> problem.field() + " " + problem.message())
                        .collect(Collectors.joining("; ")));
        };
    }

    private static void requirePositive(String name, Duration duration) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("tradewatch.risk." + name + " must be positive, was " + duration);
        }
    }
}
