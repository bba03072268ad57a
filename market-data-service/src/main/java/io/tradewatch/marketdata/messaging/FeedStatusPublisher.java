package io.tradewatch.marketdata.messaging;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.tradewatch.marketdata.feed.FeedStatus;
import io.tradewatch.marketdata.feed.FeedStatusSink;
import io.tradewatch.metrics.MessagingMetrics;
import io.tradewatch.platform.messaging.Exchanges;

import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.core.RabbitOperations;

/**
 * Publishes {@code feed.status} events, persistent and confirmed, trying three times. An event that still
 * fails is counted and logged; the state it announced stays visible at {@code GET /api/market/feed}.
 */
public final class FeedStatusPublisher implements FeedStatusSink {

    private static final Logger log = LoggerFactory.getLogger(FeedStatusPublisher.class);

    private static final int ATTEMPTS = 3;

    private static final long BACKOFF_MILLIS = 200;

    private final RabbitOperations rabbit;

    private final TickMessages messages;

    private final MessagingMetrics messaging;

    private final Duration confirmTimeout;

    public FeedStatusPublisher(RabbitOperations rabbit, TickMessages messages, MessagingMetrics messaging,
            Duration confirmTimeout) {
        this.rabbit = rabbit;
        this.messages = messages;
        this.messaging = messaging;
        this.confirmTimeout = confirmTimeout;
    }

    @Override
    public void announce(FeedStatus status) {
        Message message = messages.status(status);
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                rabbit.invoke(operations -> {
                    operations.send(Exchanges.EVENTS, Events.FEED_STATUS, message);
                    operations.waitForConfirmsOrDie(confirmTimeout.toMillis());
                    return null;
                });
                log.info("Feed {} connection {} is {}{}", status.feed().wireName(), status.connection(), status.status(),
                        (status.detail() != null) ? ": " + status.detail() : "");
                return;
            }
            catch (AmqpException ex) {
                if (attempt == ATTEMPTS || !pause(attempt)) {
                    messaging.publishFailed(Exchanges.EVENTS, Events.FEED_STATUS);
                    log.warn("Could not publish feed.status {} of {} connection {} after {} attempt(s): {}. The event is"
                            + " lost, so alert-system misses this change; the state stays visible at GET"
                            + " /api/market/feed. Check RabbitMQ.", status.status(), status.feed().wireName(),
                            status.connection(), attempt, ex.getMessage());
                    return;
                }
            }
        }
    }

    private static boolean pause(int attempt) {
        try {
            Thread.sleep(BACKOFF_MILLIS * attempt);
            return true;
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
