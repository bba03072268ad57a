package io.tradewatch.metrics;

import java.util.Collection;
import java.util.concurrent.TimeUnit;
import java.util.function.ToIntFunction;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;

import io.tradewatch.metrics.catalog.TagValues.DropReason;

import static io.tradewatch.metrics.catalog.MetricCatalog.CHANNEL_BUFFER_SIZE;
import static io.tradewatch.metrics.catalog.MetricCatalog.CHANNEL_UTILIZATION;
import static io.tradewatch.metrics.catalog.MetricCatalog.TICKS_DROPPED;
import static io.tradewatch.metrics.catalog.MetricCatalog.TICKS_PROCESSED;
import static io.tradewatch.metrics.catalog.MetricCatalog.TICKS_RECEIVED;
import static io.tradewatch.metrics.catalog.MetricCatalog.TICK_PROCESSING;

/** Records the {@code ticks} group: ticks in, processed and dropped, processing time, channel fill. */
public final class TickMetrics {

    private final MeterFactory meters;

    private final GuardedMeters<Counter> received;

    private final GuardedMeters<Counter> processed;

    private final Counter[] dropped;

    private final Timer processing;

    public TickMetrics(MeterFactory meters) {
        this.meters = meters;
        this.received = meters.guardedCounters(TICKS_RECEIVED, "symbol");
        this.processed = meters.guardedCounters(TICKS_PROCESSED, "symbol");
        this.dropped = BoundedMeters.counters(meters, TICKS_DROPPED, DropReason.class);
        this.processing = meters.timer(TICK_PROCESSING);
    }

    /** Creates the per-symbol series of known symbols now, so they are scraped at zero before any tick. */
    public void declareSymbols(Collection<String> symbols) {
        symbols.forEach(symbol -> {
            received.get(symbol);
            processed.get(symbol);
        });
    }

    public void received(String symbol) {
        received.get(symbol).increment();
    }

    public void processed(String symbol) {
        processed.get(symbol).increment();
    }

    public void dropped(DropReason reason) {
        dropped[reason.ordinal()].increment();
    }

    public void dropped(DropReason reason, long count) {
        dropped[reason.ordinal()].increment(count);
    }

    public void processingTime(long nanos) {
        processing.record(nanos, TimeUnit.NANOSECONDS);
    }

    /** Shows a channel's fill level and size, read from {@code state} at every scrape. */
    public <T> void bindChannel(String channel, T state, ToIntFunction<T> size, int capacity) {
        String name = meters.admit(CHANNEL_UTILIZATION, "channel", channel);
        meters.gauge(CHANNEL_UTILIZATION, state, s -> 100.0 * size.applyAsInt(s) / capacity, "channel", name);
        meters.gauge(CHANNEL_BUFFER_SIZE, state, size::applyAsInt, "channel", name);
    }
}
