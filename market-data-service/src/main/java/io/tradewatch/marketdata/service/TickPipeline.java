package io.tradewatch.marketdata.service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.tradewatch.marketdata.domain.tick.Tick;
import io.tradewatch.metrics.BatchMetrics;
import io.tradewatch.metrics.TickMetrics;

/**
 * The pipeline worker: one thread takes ticks off the channel in batches (as many as are waiting, up to
 * the batch size), validates them, publishes the valid ones with confirms and hands them to the cache
 * writer. Batches grow by themselves under load: while one waits for its confirms the next one gathers.
 */
public final class TickPipeline {

    private static final Logger log = LoggerFactory.getLogger(TickPipeline.class);

    private static final long POLL_MILLIS = 100;

    private final TickChannel channel;

    private final TickValidation validation;

    private final BatchPublisher publisher;

    private final CacheSink cache;

    private final TickMetrics ticks;

    private final BatchMetrics batches;

    private final int batchSize;

    private final List<Tick> taken;

    private final List<Tick> accepted;

    private volatile boolean running;

    private @Nullable Thread thread;

    /** Publishes one batch of valid ticks; true once the broker confirmed all of them. */
    @FunctionalInterface
    public interface BatchPublisher {

        boolean publish(List<Tick> ticks);
    }

    /** Takes the valid ticks for the quote and candle cache; must not block. */
    @FunctionalInterface
    public interface CacheSink {

        void submit(List<Tick> ticks);
    }

    public TickPipeline(TickChannel channel, TickValidation validation, BatchPublisher publisher, CacheSink cache,
            TickMetrics ticks, BatchMetrics batches, int batchSize) {
        this.channel = channel;
        this.validation = validation;
        this.publisher = publisher;
        this.cache = cache;
        this.ticks = ticks;
        this.batches = batches;
        this.batchSize = batchSize;
        this.taken = new ArrayList<>(batchSize);
        this.accepted = new ArrayList<>(batchSize);
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        Thread worker = new Thread(this::run, "md-pipeline");
        worker.setDaemon(true);
        thread = worker;
        worker.start();
    }

    /** Stops taking new work once the channel is empty or {@code drainTimeout} has passed. */
    public synchronized void stop(Duration drainTimeout) {
        running = false;
        Thread worker = thread;
        thread = null;
        if (worker == null) {
            return;
        }
        try {
            worker.join(drainTimeout.toMillis());
            if (worker.isAlive()) {
                log.warn("Pipeline still busy after {} of draining at shutdown; {} ticks left in the channel are lost.",
                        drainTimeout, channel.size());
                worker.interrupt();
                worker.join(TimeUnit.SECONDS.toMillis(2));
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        try {
            while (running || channel.size() > 0) {
                step(running ? POLL_MILLIS : 0);
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        catch (RuntimeException ex) {
            log.error("The tick pipeline stopped on an unexpected failure; no more ticks are published or cached."
                    + " Restart the service and report the failure.", ex);
        }
    }

    /** Processes one batch, waiting up to {@code waitMillis} for its first tick. */
    void step(long waitMillis) throws InterruptedException {
        taken.clear();
        if (channel.take(taken, batchSize, waitMillis, TimeUnit.MILLISECONDS) == 0) {
            return;
        }
        long dequeued = System.nanoTime();
        accepted.clear();
        for (Tick tick : taken) {
            if (validation.accept(tick)) {
                accepted.add(tick);
            }
        }
        if (accepted.isEmpty()) {
            return;
        }
        batches.bufferSize(accepted.size());
        boolean published = publisher.publish(accepted);
        batches.bufferSize(0);
        cache.submit(accepted);
        if (published) {
            long nanos = System.nanoTime() - dequeued;
            for (Tick tick : accepted) {
                ticks.processed(tick.symbol());
                ticks.processingTime(nanos);
            }
        }
    }
}
