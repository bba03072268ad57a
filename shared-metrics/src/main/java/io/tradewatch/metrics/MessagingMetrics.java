package io.tradewatch.metrics;

import java.util.List;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Timer;

import io.tradewatch.metrics.catalog.MeterSpec;
import io.tradewatch.metrics.catalog.TagValues.Outcome;
import io.tradewatch.metrics.catalog.TagValues.PipelineStage;

import static io.tradewatch.metrics.catalog.MetricCatalog.MESSAGES_CONSUMED;
import static io.tradewatch.metrics.catalog.MetricCatalog.MESSAGES_DEAD_LETTERED;
import static io.tradewatch.metrics.catalog.MetricCatalog.MESSAGES_PUBLISHED;
import static io.tradewatch.metrics.catalog.MetricCatalog.MESSAGES_PUBLISH_FAILURES;
import static io.tradewatch.metrics.catalog.MetricCatalog.MESSAGE_AGE;
import static io.tradewatch.metrics.catalog.MetricCatalog.MESSAGE_PROCESSING;
import static io.tradewatch.metrics.catalog.MetricCatalog.PIPELINE_LATENCY;

/**
 * Records the {@code messaging} group. The starter's AMQP instrumentation calls it for every published
 * and consumed message; services call it only for outcomes the starter cannot see, such as a batch
 * the broker did not confirm.
 */
public final class MessagingMetrics {

    private final GuardedMeters<GuardedMeters<Counter>> published;

    private final GuardedMeters<GuardedMeters<Counter>> publishFailures;

    private final GuardedMeters<GuardedMeters<Counter[]>> consumed;

    private final GuardedMeters<GuardedMeters<Counter>> deadLettered;

    private final GuardedMeters<Timer> processing;

    private final GuardedMeters<Timer> age;

    private final Timer[] pipeline;

    public MessagingMetrics(MeterFactory meters) {
        this.published = byTwo(meters, MESSAGES_PUBLISHED, "exchange");
        this.publishFailures = byTwo(meters, MESSAGES_PUBLISH_FAILURES, "exchange");
        this.deadLettered = byTwo(meters, MESSAGES_DEAD_LETTERED, "queue");
        this.consumed = meters.guarded(MESSAGES_CONSUMED, "queue",
                queue -> meters.guardedInner(MESSAGES_CONSUMED, "event", event -> outcomes(meters, queue, event),
                        List::<Meter>of),
                GuardedMeters::allMeters);
        this.processing = meters.guarded(MESSAGE_PROCESSING, "queue",
                queue -> meters.timer(MESSAGE_PROCESSING, "queue", queue), List::of);
        this.age = meters.guarded(MESSAGE_AGE, "queue", queue -> meters.timer(MESSAGE_AGE, "queue", queue), List::of);
        this.pipeline = BoundedMeters.timers(meters, PIPELINE_LATENCY, PipelineStage.class);
    }

    public void published(String exchange, String event) {
        published.get(exchange).get(event).increment();
    }

    public void publishFailed(String exchange, String event) {
        publishFailures.get(exchange).get(event).increment();
    }

    public void publishFailed(String exchange, String event, long messages) {
        publishFailures.get(exchange).get(event).increment(messages);
    }

    public void consumed(String queue, String event, Outcome outcome, long nanos) {
        consumed.get(queue).get(event)[outcome.ordinal()].increment();
        processing.get(queue).record(nanos, TimeUnit.NANOSECONDS);
    }

    public void deadLettered(String queue, String event) {
        deadLettered.get(queue).get(event).increment();
    }

    public void messageAge(String queue, long millis) {
        age.get(queue).record(Math.max(0, millis), TimeUnit.MILLISECONDS);
    }

    public void pipelineLatency(PipelineStage stage, long millis) {
        pipeline[stage.ordinal()].record(Math.max(0, millis), TimeUnit.MILLISECONDS);
    }

    private static GuardedMeters<GuardedMeters<Counter>> byTwo(MeterFactory meters, MeterSpec spec, String outerKey) {
        return meters.guarded(spec, outerKey,
                outer -> meters.guardedInner(spec, "event",
                        event -> meters.counter(spec, outerKey, outer, "event", event), List::<Meter>of),
                GuardedMeters::allMeters);
    }

    private static Counter[] outcomes(MeterFactory meters, String queue, String event) {
        Outcome[] outcomes = Outcome.values();
        Counter[] counters = new Counter[outcomes.length];
        for (Outcome outcome : outcomes) {
            counters[outcome.ordinal()] = meters.counter(MESSAGES_CONSUMED, "queue", queue, "event", event, "outcome",
                    outcome.tagValue());
        }
        return counters;
    }
}
