package io.tradewatch.metrics;

import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;

import io.tradewatch.metrics.catalog.TagValues.CacheOperation;

import static io.tradewatch.metrics.catalog.MetricCatalog.CACHE_HITS;
import static io.tradewatch.metrics.catalog.MetricCatalog.CACHE_MISSES;
import static io.tradewatch.metrics.catalog.MetricCatalog.CACHE_OPERATION;
import static io.tradewatch.metrics.catalog.MetricCatalog.CACHE_UPDATE_FAILURES;

/** Records the {@code cache} group: hits, misses and failed updates per cache, operation time. */
public final class CacheMetrics {

    private final GuardedMeters<Counter> hits;

    private final GuardedMeters<Counter> misses;

    private final GuardedMeters<Counter> updateFailures;

    private final Timer[] operations;

    public CacheMetrics(MeterFactory meters) {
        this.hits = meters.guardedCounters(CACHE_HITS, "cache");
        this.misses = meters.guardedCounters(CACHE_MISSES, "cache");
        this.updateFailures = meters.guardedCounters(CACHE_UPDATE_FAILURES, "cache");
        this.operations = BoundedMeters.timers(meters, CACHE_OPERATION, CacheOperation.class);
    }

    /** Creates the series of the service's caches now, so they are scraped at zero. */
    public void declareCaches(String... caches) {
        for (String cache : caches) {
            hits.get(cache);
            misses.get(cache);
            updateFailures.get(cache);
        }
    }

    public void hit(String cache) {
        hits.get(cache).increment();
    }

    public void miss(String cache) {
        misses.get(cache).increment();
    }

    public void updateFailed(String cache) {
        updateFailures.get(cache).increment();
    }

    public void operation(CacheOperation operation, long nanos) {
        operations[operation.ordinal()].record(nanos, TimeUnit.NANOSECONDS);
    }
}
