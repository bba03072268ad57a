package io.tradewatch.alerts.delivery;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.tradewatch.alerts.domain.ChannelType;
import io.tradewatch.alerts.domain.delivery.AttemptResult;
import io.tradewatch.alerts.domain.delivery.Backoff;
import io.tradewatch.alerts.domain.delivery.DeadLetter;
import io.tradewatch.alerts.domain.delivery.Delivery;
import io.tradewatch.alerts.service.Tags;
import io.tradewatch.alerts.store.DeadLetterStore;
import io.tradewatch.metrics.AlertMetrics;
import io.tradewatch.metrics.health.ComponentHealth;

/**
 * Delivers one alert to one target: attempts until it is delivered, a permanent failure, or the last attempt,
 * waiting with exponential backoff in between. A delivery that does not succeed goes to the dead-letter list;
 * if even that fails it is logged with the alert id, which stays in the history.
 */
final class DeliveryRunner {

    private static final Logger log = LoggerFactory.getLogger(DeliveryRunner.class);

    private final Map<ChannelType, ChannelSender> senders;

    private final Backoff backoff;

    private final int maxAttempts;

    private final DeadLetterStore deadLetters;

    private final AlertMetrics metrics;

    private final ComponentHealth health;

    private final Clock clock;

    DeliveryRunner(Map<ChannelType, ChannelSender> senders, Backoff backoff, int maxAttempts,
            DeadLetterStore deadLetters, AlertMetrics metrics, ComponentHealth health, Clock clock) {
        this.senders = Map.copyOf(senders);
        this.backoff = backoff;
        this.maxAttempts = maxAttempts;
        this.deadLetters = deadLetters;
        this.metrics = metrics;
        this.health = health;
        this.clock = clock;
    }

    void run(Delivery delivery) {
        long started = System.nanoTime();
        ChannelSender sender = senders.get(delivery.target().type());
        AttemptResult last = new AttemptResult.Retryable(0, "not attempted");
        int attempt = 0;
        while (attempt < maxAttempts) {
            attempt++;
            last = sender.send(delivery, attempt);
            if (last instanceof AttemptResult.Delivered) {
                metrics.delivered(Tags.channel(delivery.target().type()), System.nanoTime() - started);
                health.success();
                log.debug("Delivered alert {} to {} (attempt {})", delivery.alert().id(), delivery.target().describe(), attempt);
                return;
            }
            metrics.deliveryFailed(Tags.channel(delivery.target().type()));
            health.failure();
            if (last instanceof AttemptResult.Permanent || attempt == maxAttempts || !pause(backoff.delayAfter(attempt))) {
                break;
            }
            log.info("Delivery of alert {} to {} failed (attempt {} of {}): {}; retrying", delivery.alert().id(),
                    delivery.target().describe(), attempt, maxAttempts, last.detail());
        }
        deadLetter(delivery, attempt, last.status(), last.detail());
    }

    /** Sends a delivery that could not be queued or run straight to the dead-letter list. */
    void deadLetter(Delivery delivery, int attempts, int status, String reason) {
        // an interrupted thread (the service is stopping) would make the Redis call fail: keep the flag aside
        boolean interrupted = Thread.interrupted();
        try {
            deadLetters.add(DeadLetter.of(UUID.randomUUID().toString(), delivery, attempts, status, reason, clock.instant()));
            log.warn("Alert {} ({} '{}') was not delivered to {} after {} attempt(s): {}. It is kept at GET"
                    + " /api/alerts/dead-letters; fix the target and retry it with POST"
                    + " /api/alerts/dead-letters/{id}/retry.", delivery.alert().id(), delivery.alert().severity(),
                    delivery.alert().title(), delivery.target().describe(), attempts, reason);
        }
        catch (RuntimeException ex) {
            log.error("Alert {} ({} '{}') was not delivered to {} ({}) and could not be dead-lettered either: {}. The"
                    + " alert stays in the history (GET /api/alerts); check Redis, then notify the target by hand.",
                    delivery.alert().id(), delivery.alert().severity(), delivery.alert().title(),
                    delivery.target().describe(), reason, ex.toString());
        }
        finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static boolean pause(Duration delay) {
        try {
            Thread.sleep(delay);
            return true;
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
