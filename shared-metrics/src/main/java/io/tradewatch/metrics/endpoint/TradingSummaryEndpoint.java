package io.tradewatch.metrics.endpoint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.CountAtBucket;
import io.micrometer.core.instrument.distribution.HistogramSnapshot;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * {@code /actuator/tradingsummary}: the business meters as JSON for operators without Prometheus. Timers
 * and histograms show count, mean, p50, p95, p99 and max (seconds for timers), estimated from their
 * buckets; counters and gauges show their value. Only the catalog's own tags are shown.
 */
@Endpoint(id = "tradingsummary")
public class TradingSummaryEndpoint {

    private static final String PREFIX = "trading.";

    private final MeterRegistry registry;

    private final Set<String> commonTagKeys;

    public TradingSummaryEndpoint(MeterRegistry registry, Set<String> commonTagKeys) {
        this.registry = registry;
        this.commonTagKeys = Set.copyOf(commonTagKeys);
    }

    @ReadOperation
    public Summary summary() {
        List<Distribution> distributions = new ArrayList<>();
        List<Value> counters = new ArrayList<>();
        List<Value> gauges = new ArrayList<>();
        for (Meter meter : registry.getMeters()) {
            String name = meter.getId().getName();
            if (!name.startsWith(PREFIX)) {
                continue;
            }
            Map<String, String> tags = tags(meter);
            switch (meter) {
                case Timer timer -> distributions.add(distribution(name, tags, timer.takeSnapshot(), "seconds"));
                case DistributionSummary summary -> distributions.add(distribution(name, tags, summary.takeSnapshot(),
                        String.valueOf(summary.getId().getBaseUnit())));
                case Counter counter -> counters.add(new Value(name, tags, counter.count()));
                case FunctionCounter counter -> counters.add(new Value(name, tags, counter.count()));
                case Gauge gauge -> gauges.add(new Value(name, tags, gauge.value()));
                default -> {
                }
            }
        }
        distributions.sort(Comparator.comparing(Distribution::name).thenComparing(d -> d.tags().toString()));
        counters.sort(Comparator.comparing(Value::name).thenComparing(v -> v.tags().toString()));
        gauges.sort(Comparator.comparing(Value::name).thenComparing(v -> v.tags().toString()));
        return new Summary(distributions, counters, gauges);
    }

    private Map<String, String> tags(Meter meter) {
        Map<String, String> tags = new TreeMap<>();
        for (Tag tag : meter.getId().getTagsAsIterable()) {
            if (!commonTagKeys.contains(tag.getKey())) {
                tags.put(tag.getKey(), tag.getValue());
            }
        }
        return tags;
    }

    private static Distribution distribution(String name, Map<String, String> tags, HistogramSnapshot snapshot,
            String unit) {
        boolean time = "seconds".equals(unit);
        double count = snapshot.count();
        double mean = time ? snapshot.mean(TimeUnit.SECONDS) : snapshot.mean();
        double max = time ? snapshot.max(TimeUnit.SECONDS) : snapshot.max();
        CountAtBucket[] buckets = snapshot.histogramCounts();
        if (time) {
            CountAtBucket[] seconds = new CountAtBucket[buckets.length];
            for (int i = 0; i < buckets.length; i++) {
                seconds[i] = new CountAtBucket(buckets[i].bucket(TimeUnit.SECONDS), buckets[i].count());
            }
            buckets = seconds;
        }
        return new Distribution(name, tags, unit, snapshot.count(), mean,
                BucketPercentiles.estimate(buckets, count, max, 0.50),
                BucketPercentiles.estimate(buckets, count, max, 0.95),
                BucketPercentiles.estimate(buckets, count, max, 0.99), max);
    }

    /** The whole summary. */
    public record Summary(List<Distribution> distributions, List<Value> counters, List<Value> gauges) {
    }

    /** A timer or histogram. */
    public record Distribution(String name, Map<String, String> tags, String unit, long count, double mean,
            double p50, double p95, double p99, double max) {
    }

    /** A counter or gauge. */
    public record Value(String name, Map<String, String> tags, double value) {
    }
}
