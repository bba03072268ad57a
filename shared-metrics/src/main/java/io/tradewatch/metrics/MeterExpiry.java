package io.tradewatch.metrics;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Removes per-value meters that saw no update for a while. Time is counted in sweeps, not read from a
 * clock on the hot path: a use stamps the current generation, and each sweep removes what is more than
 * {@code keptGenerations} old before starting a new generation.
 */
final class MeterExpiry {

    private final List<GuardedMeters<?>> tracked = new CopyOnWriteArrayList<>();

    private final MeterRegistry registry;

    private final long keptGenerations;

    private volatile long generation;

    MeterExpiry(MeterRegistry registry, long keptGenerations) {
        this.registry = registry;
        this.keptGenerations = Math.max(1, keptGenerations);
    }

    long generation() {
        return generation;
    }

    void track(GuardedMeters<?> meters) {
        tracked.add(meters);
    }

    /** One sweep: expire what is stale, then open the next generation. */
    synchronized void sweep() {
        long oldestKept = generation - keptGenerations + 1;
        for (GuardedMeters<?> meters : tracked) {
            meters.expire(oldestKept, registry::remove);
        }
        generation = generation + 1;
    }
}
