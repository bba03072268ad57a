package io.tradewatch.metrics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import io.tradewatch.metrics.catalog.MeterKind;
import io.tradewatch.metrics.catalog.MeterSpec;
import io.tradewatch.metrics.catalog.MetricCatalog;

/**
 * Builds the meters of catalog declarations: name, HELP text, base unit and histogram buckets come from
 * the {@link MeterSpec}, so a recorder only names the spec and its tag values. Tag keys are checked
 * against the spec, and unbounded tags go through the cardinality guard.
 */
public final class MeterFactory {

    private final MeterRegistry registry;

    private final int cardinalityLimit;

    private final MeterExpiry expiry;

    private final Map<String, TagValueGuard> guards = new ConcurrentHashMap<>();

    /**
     * @param registry where meters go
     * @param cardinalityLimit distinct values allowed per unbounded tag of one meter
     * @param keptSweeps how many expiry sweeps an unused per-value meter survives
     */
    public MeterFactory(MeterRegistry registry, int cardinalityLimit, long keptSweeps) {
        this.registry = registry;
        this.cardinalityLimit = cardinalityLimit;
        this.expiry = new MeterExpiry(registry, keptSweeps);
    }

    /** A factory with the defaults (500 values per tag), for tests and benchmarks. */
    public static MeterFactory withDefaults(MeterRegistry registry) {
        return new MeterFactory(registry, 500, 10);
    }

    public MeterRegistry registry() {
        return registry;
    }

    public Counter counter(MeterSpec spec, String... tags) {
        check(spec, MeterKind.COUNTER, tags);
        return Counter.builder(spec.name())
            .description(spec.description())
            .baseUnit(spec.baseUnit())
            .tags(tags)
            .register(registry);
    }

    public Timer timer(MeterSpec spec, String... tags) {
        check(spec, MeterKind.TIMER, tags);
        Duration[] slos = Arrays.stream(spec.buckets())
            .mapToObj(seconds -> Duration.ofNanos(Math.round(seconds * 1e9)))
            .toArray(Duration[]::new);
        return Timer.builder(spec.name())
            .description(spec.description())
            .serviceLevelObjectives(slos)
            .tags(tags)
            .register(registry);
    }

    public DistributionSummary summary(MeterSpec spec, String... tags) {
        check(spec, MeterKind.SUMMARY, tags);
        return DistributionSummary.builder(spec.name())
            .description(spec.description())
            .baseUnit(spec.baseUnit())
            .serviceLevelObjectives(spec.buckets())
            .tags(tags)
            .register(registry);
    }

    /** A gauge that shows whatever is last {@link GaugeValue#set set}; it exists at 0 from now on. */
    public GaugeValue gauge(MeterSpec spec, String... tags) {
        GaugeValue value = new GaugeValue();
        gauge(spec, value, GaugeValue::get, tags);
        return value;
    }

    /** A gauge that reads live state at scrape time; the state object is held strongly. */
    public <T> Gauge gauge(MeterSpec spec, T state, ToDoubleFunction<T> reader, String... tags) {
        check(spec, MeterKind.GAUGE, tags);
        return Gauge.builder(spec.name(), state, reader)
            .description(spec.description())
            .baseUnit(spec.baseUnit())
            .tags(tags)
            .strongReference(true)
            .register(registry);
    }

    /**
     * Meters keyed by the value of the spec's unbounded tag {@code key}, built on first use by
     * {@code factory} from the admitted value, which is the value itself or {@code other}.
     */
    public <T> GuardedMeters<T> guarded(MeterSpec spec, String key, Function<String, T> factory,
            Function<T, List<Meter>> parts) {
        if (!spec.tagKeys().contains(key)) {
            throw new IllegalArgumentException(spec.name() + " has no tag '" + key + "'");
        }
        GuardedMeters<T> meters = new GuardedMeters<>(guard(spec, key), factory, parts, expiry);
        expiry.track(meters);
        return meters;
    }

    /**
     * Like {@link #guarded} for the inner tag of a meter with two unbounded tags: such meters expire with
     * the outer value that holds them, not on their own.
     */
    public <T> GuardedMeters<T> guardedInner(MeterSpec spec, String key, Function<String, T> factory,
            Function<T, List<Meter>> parts) {
        if (!spec.tagKeys().contains(key)) {
            throw new IllegalArgumentException(spec.name() + " has no tag '" + key + "'");
        }
        return new GuardedMeters<>(guard(spec, key), factory, parts, expiry);
    }

    /** Counters keyed by the value of the spec's only tag. */
    public GuardedMeters<Counter> guardedCounters(MeterSpec spec, String key) {
        return guarded(spec, key, value -> counter(spec, key, value), List::of);
    }

    /**
     * The guarded value of an unbounded tag for meters registered once (gauges of channels or components):
     * the value itself, or {@code other} once the cap is reached.
     */
    public String admit(MeterSpec spec, String key, String value) {
        return guard(spec, key).admit(value);
    }

    /** Removes per-value meters unused for the configured time; called on a schedule. */
    public void expireUnused() {
        expiry.sweep();
    }

    private TagValueGuard guard(MeterSpec spec, String key) {
        return guards.computeIfAbsent(spec.name() + "#" + key, name -> new TagValueGuard(cardinalityLimit,
                counter(MetricCatalog.CARDINALITY_OVERFLOW, "meter", spec.prometheusName())));
    }

    private static void check(MeterSpec spec, MeterKind kind, String... tags) {
        if (spec.kind() != kind) {
            throw new IllegalArgumentException(spec.name() + " is a " + spec.kind() + ", not a " + kind);
        }
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < tags.length; i += 2) {
            keys.add(tags[i]);
        }
        if (tags.length % 2 != 0 || !keys.equals(spec.tagKeys())) {
            throw new IllegalArgumentException(spec.name() + " takes the tags " + spec.tagKeys() + ", got "
                    + Arrays.toString(tags));
        }
    }
}
