package io.tradewatch.alerts.service;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.tradewatch.alerts.config.AlertProperties;
import io.tradewatch.alerts.domain.AlertCandidate;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Accepts notifications on a small bounded pool of its own, off the web server's threads: accepting an alert
 * means it passed the shared gate and is in the history (delivery happens later, asynchronously). When the
 * queue is full the notification is refused at once, so the receiver can answer 503 and Alertmanager retries.
 */
@Component
public class AlertmanagerIntake implements DisposableBean {

    private final AlertPipeline pipeline;

    private final ThreadPoolExecutor executor;

    AlertmanagerIntake(AlertPipeline pipeline, AlertProperties properties) {
        this.pipeline = pipeline;
        AlertProperties.Alertmanager alertmanager = properties.alertmanager();
        AtomicInteger threads = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(alertmanager.workers(), alertmanager.workers(), 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(alertmanager.queueCapacity()),
                runnable -> new Thread(runnable, "alertmanager-intake-" + threads.incrementAndGet()),
                new ThreadPoolExecutor.AbortPolicy());
        this.executor.prestartAllCoreThreads();
    }

    /** Raises every alert of a notification; fails at once with {@link RejectedExecutionException} when full. */
    public CompletableFuture<Map<RaiseOutcome, Integer>> accept(List<AlertCandidate> candidates) {
        return CompletableFuture.supplyAsync(() -> {
            Map<RaiseOutcome, Integer> outcomes = new EnumMap<>(RaiseOutcome.class);
            for (AlertCandidate candidate : candidates) {
                outcomes.merge(pipeline.raise(candidate), 1, Integer::sum);
            }
            return outcomes;
        }, executor);
    }

    @Override
    public void destroy() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(5, TimeUnit.SECONDS);
    }
}
