package io.tradewatch.metrics;

import java.util.function.BiFunction;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Timer;

import io.tradewatch.metrics.catalog.MeterSpec;
import io.tradewatch.metrics.catalog.TagValue;

/**
 * Meters of bounded tags, built once for every value at startup (so each series exists at zero) and
 * indexed by enum ordinal on the hot path.
 */
final class BoundedMeters {

    private BoundedMeters() {
    }

    static <E extends Enum<E> & TagValue> Counter[] counters(MeterFactory meters, MeterSpec spec, Class<E> type) {
        return build(spec, type, Counter[]::new, (key, value) -> meters.counter(spec, key, value));
    }

    static <E extends Enum<E> & TagValue> Timer[] timers(MeterFactory meters, MeterSpec spec, Class<E> type) {
        return build(spec, type, Timer[]::new, (key, value) -> meters.timer(spec, key, value));
    }

    static <E extends Enum<E> & TagValue> DistributionSummary[] summaries(MeterFactory meters, MeterSpec spec,
            Class<E> type) {
        return build(spec, type, DistributionSummary[]::new, (key, value) -> meters.summary(spec, key, value));
    }

    static <E extends Enum<E> & TagValue> GaugeValue[] gauges(MeterFactory meters, MeterSpec spec, Class<E> type) {
        return build(spec, type, GaugeValue[]::new, (key, value) -> meters.gauge(spec, key, value));
    }

    /** Counters of a meter with two bounded tags, indexed {@code [first.ordinal()][second.ordinal()]}. */
    static <A extends Enum<A> & TagValue, B extends Enum<B> & TagValue> Counter[][] counters(MeterFactory meters,
            MeterSpec spec, Class<A> first, Class<B> second) {
        String firstKey = spec.tags().get(0).key();
        String secondKey = spec.tags().get(1).key();
        A[] as = first.getEnumConstants();
        B[] bs = second.getEnumConstants();
        Counter[][] counters = new Counter[as.length][bs.length];
        for (A a : as) {
            for (B b : bs) {
                counters[a.ordinal()][b.ordinal()] = meters.counter(spec, firstKey, a.tagValue(), secondKey,
                        b.tagValue());
            }
        }
        return counters;
    }

    private static <E extends Enum<E> & TagValue, M> M[] build(MeterSpec spec, Class<E> type,
            java.util.function.IntFunction<M[]> array, BiFunction<String, String, M> factory) {
        String key = spec.tags().get(0).key();
        E[] constants = type.getEnumConstants();
        M[] built = array.apply(constants.length);
        for (E constant : constants) {
            built[constant.ordinal()] = factory.apply(key, constant.tagValue());
        }
        return built;
    }
}
