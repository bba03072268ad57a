package io.tradewatch.metrics;

import java.util.concurrent.TimeUnit;
import java.util.function.ToIntFunction;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;

import io.tradewatch.metrics.catalog.TagValues.AlertChannel;
import io.tradewatch.metrics.catalog.TagValues.AlertType;
import io.tradewatch.metrics.catalog.TagValues.Severity;
import io.tradewatch.metrics.catalog.TagValues.SuppressionReason;

import static io.tradewatch.metrics.catalog.MetricCatalog.ALERTS_DELIVERED;
import static io.tradewatch.metrics.catalog.MetricCatalog.ALERTS_DELIVERY_FAILURES;
import static io.tradewatch.metrics.catalog.MetricCatalog.ALERTS_SUPPRESSED;
import static io.tradewatch.metrics.catalog.MetricCatalog.ALERTS_TRIGGERED;
import static io.tradewatch.metrics.catalog.MetricCatalog.ALERT_DELIVERY_DURATION;
import static io.tradewatch.metrics.catalog.MetricCatalog.ALERT_DELIVERY_QUEUE;

/** Records the {@code alerts} group: alerts raised, delivered, failed and suppressed, delivery queue. */
public final class AlertMetrics {

    private final MeterFactory meters;

    private final Counter[][] triggered;

    private final Counter[] delivered;

    private final Counter[] failures;

    private final Timer[] duration;

    private final Counter[] suppressed;

    public AlertMetrics(MeterFactory meters) {
        this.meters = meters;
        this.triggered = BoundedMeters.counters(meters, ALERTS_TRIGGERED, Severity.class, AlertType.class);
        this.delivered = BoundedMeters.counters(meters, ALERTS_DELIVERED, AlertChannel.class);
        this.failures = BoundedMeters.counters(meters, ALERTS_DELIVERY_FAILURES, AlertChannel.class);
        this.duration = BoundedMeters.timers(meters, ALERT_DELIVERY_DURATION, AlertChannel.class);
        this.suppressed = BoundedMeters.counters(meters, ALERTS_SUPPRESSED, SuppressionReason.class);
    }

    public void triggered(Severity severity, AlertType type) {
        triggered[severity.ordinal()][type.ordinal()].increment();
    }

    public void delivered(AlertChannel channel, long nanos) {
        delivered[channel.ordinal()].increment();
        duration[channel.ordinal()].record(nanos, TimeUnit.NANOSECONDS);
    }

    public void deliveryFailed(AlertChannel channel) {
        failures[channel.ordinal()].increment();
    }

    public void suppressed(SuppressionReason reason) {
        suppressed[reason.ordinal()].increment();
    }

    /** Shows the delivery queue depth, read from {@code queue} at every scrape. */
    public <T> void bindDeliveryQueue(T queue, ToIntFunction<T> depth) {
        meters.gauge(ALERT_DELIVERY_QUEUE, queue, depth::applyAsInt);
    }
}
