package io.tradewatch.metrics;

import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Timer;

import static io.tradewatch.metrics.catalog.MetricCatalog.BATCHES_FAILED;
import static io.tradewatch.metrics.catalog.MetricCatalog.BATCHES_FLUSHED;
import static io.tradewatch.metrics.catalog.MetricCatalog.BATCH_BUFFER_SIZE;
import static io.tradewatch.metrics.catalog.MetricCatalog.BATCH_INSERT_DURATION;
import static io.tradewatch.metrics.catalog.MetricCatalog.BATCH_RETRIES;
import static io.tradewatch.metrics.catalog.MetricCatalog.BATCH_SIZE;

/** Records the {@code batches} group: flushes, retries, failures, size and publish-with-confirm time. */
public final class BatchMetrics {

    private final Counter flushed;

    private final Counter failed;

    private final Counter retries;

    private final GaugeValue bufferSize;

    private final DistributionSummary size;

    private final Timer insertDuration;

    public BatchMetrics(MeterFactory meters) {
        this.flushed = meters.counter(BATCHES_FLUSHED);
        this.failed = meters.counter(BATCHES_FAILED);
        this.retries = meters.counter(BATCH_RETRIES);
        this.bufferSize = meters.gauge(BATCH_BUFFER_SIZE);
        this.size = meters.summary(BATCH_SIZE);
        this.insertDuration = meters.timer(BATCH_INSERT_DURATION);
    }

    /** A batch of {@code messages} was confirmed after {@code nanos}. */
    public void flushed(int messages, long nanos) {
        flushed.increment();
        size.record(messages);
        insertDuration.record(nanos, TimeUnit.NANOSECONDS);
    }

    public void retried() {
        retries.increment();
    }

    public void failed() {
        failed.increment();
    }

    public void bufferSize(int ticks) {
        bufferSize.set(ticks);
    }
}
