package io.tradewatch.metrics;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.tradewatch.metrics.health.ComponentHealthRegistry;

/**
 * The starter's one background thread: it recomputes component health scores and removes per-value
 * series that went unused, each on its own interval.
 */
public final class MetricsMaintenance implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MetricsMaintenance.class);

    private final MeterFactory meters;

    private final ComponentHealthRegistry components;

    private final Duration sweepInterval;

    private final Duration refreshInterval;

    private @Nullable ScheduledExecutorService scheduler;

    public MetricsMaintenance(MeterFactory meters, ComponentHealthRegistry components, Duration sweepInterval,
            Duration refreshInterval) {
        this.meters = meters;
        this.components = components;
        this.sweepInterval = sweepInterval;
        this.refreshInterval = refreshInterval;
    }

    public synchronized void start() {
        if (scheduler != null) {
            return;
        }
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "tradewatch-metrics");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(() -> run("refresh health scores", components::refresh), 0,
                refreshInterval.toMillis(), TimeUnit.MILLISECONDS);
        executor.scheduleWithFixedDelay(() -> run("expire unused series", meters::expireUnused),
                sweepInterval.toMillis(), sweepInterval.toMillis(), TimeUnit.MILLISECONDS);
        scheduler = executor;
    }

    @Override
    public synchronized void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    private static void run(String what, Runnable task) {
        try {
            task.run();
        }
        catch (RuntimeException ex) {
            log.warn("Could not {}; will try again at the next interval", what, ex);
        }
    }
}
