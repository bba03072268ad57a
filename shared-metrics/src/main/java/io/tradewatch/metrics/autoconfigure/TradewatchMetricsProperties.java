package io.tradewatch.metrics.autoconfigure;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.tradewatch.metrics.catalog.MeterGroup;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Configuration of the shared-metrics starter, under {@code tradewatch.metrics}.
 *
 * @param enabled {@code false} turns every catalog meter into a no-op without any change to service code
 * @param groups the catalog groups this service records; {@code service} is always on
 * @param tags extra common tags for every meter
 * @param instance the {@code instance} tag; by default the host name and the server port
 * @param cardinality the cardinality guard
 * @param health component health scoring
 * @param recentErrors how many errors {@code /actuator/recenterrors} keeps
 */
@Validated
@ConfigurationProperties("tradewatch.metrics")
public record TradewatchMetricsProperties(@DefaultValue("true") boolean enabled, @DefaultValue Set<MeterGroup> groups,
        @DefaultValue Map<String, String> tags, @Nullable String instance, @DefaultValue Cardinality cardinality,
        @DefaultValue Health health, @DefaultValue("100") int recentErrors) {

    public TradewatchMetricsProperties {
        groups = Set.copyOf(groups);
        tags = Map.copyOf(tags);
        if (recentErrors < 1 || recentErrors > 10_000) {
            throw new IllegalArgumentException(
                    "tradewatch.metrics.recent-errors must be between 1 and 10000, was " + recentErrors);
        }
    }

    /**
     * @param limit distinct values allowed per unbounded tag of one meter; past it values become {@code other}
     * @param expiry how long a per-value series (a symbol, a connection) may go without updates before it
     * is removed
     * @param sweepInterval how often unused series are looked for
     */
    public record Cardinality(@DefaultValue("500") int limit, @DefaultValue("10m") Duration expiry,
            @DefaultValue("1m") Duration sweepInterval) {

        public Cardinality {
            if (limit < 1) {
                throw new IllegalArgumentException("tradewatch.metrics.cardinality.limit must be at least 1, was " + limit);
            }
            if (sweepInterval.isNegative() || sweepInterval.isZero() || expiry.compareTo(sweepInterval) < 0) {
                throw new IllegalArgumentException("tradewatch.metrics.cardinality.sweep-interval must be positive and"
                        + " no longer than tradewatch.metrics.cardinality.expiry (" + sweepInterval + " vs " + expiry
                        + ")");
            }
        }

        long keptSweeps() {
            return Math.max(1, expiry.toMillis() / sweepInterval.toMillis());
        }
    }

    /**
     * @param activityWindow a component active within this window gets full activity marks
     * @param errorWindow how far back the error rate looks
     * @param refreshInterval how often scores are recomputed
     */
    public record Health(@DefaultValue("60s") Duration activityWindow, @DefaultValue("60s") Duration errorWindow,
            @DefaultValue("5s") Duration refreshInterval) {

        public Health {
            if (refreshInterval.isNegative() || refreshInterval.isZero()) {
                throw new IllegalArgumentException(
                        "tradewatch.metrics.health.refresh-interval must be positive, was " + refreshInterval);
            }
        }
    }
}
