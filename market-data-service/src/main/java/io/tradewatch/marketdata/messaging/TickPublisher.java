package io.tradewatch.marketdata.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.tradewatch.marketdata.domain.tick.Tick;
import io.tradewatch.marketdata.service.PipelineSettings;
import io.tradewatch.marketdata.service.ThrottledLog;
import io.tradewatch.marketdata.service.TickPipeline;
import io.tradewatch.metrics.BatchMetrics;
import io.tradewatch.metrics.MessagingMetrics;
import io.tradewatch.metrics.health.ComponentHealth;
import io.tradewatch.platform.messaging.Exchanges;

import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.core.RabbitOperations;

/**
 * Publishes a batch of ticks on one channel and waits for the broker to confirm all of them (one round
 * trip per batch instead of per tick). A batch that fails is sent again, with the same message ids, after
 * a doubling backoff; after the last attempt it is given up: counted as a failed batch and as unsent
 * messages, and logged with its size and symbol range.
 */
public final class TickPublisher implements TickPipeline.BatchPublisher {

    private static final Logger log = LoggerFactory.getLogger(TickPublisher.class);

    private final RabbitOperations rabbit;

    private final TickMessages messages;

    private final BatchMetrics batches;

    private final MessagingMetrics messaging;

    private final ComponentHealth health;

    private final PipelineSettings settings;

    private final List<Message> outgoing = new ArrayList<>();

    private final List<String> keys = new ArrayList<>();

    private final ThrottledLog givenUp = new ThrottledLog(TickPublisher.class, Duration.ofSeconds(5));

    private long failedSinceSuccess;

    public TickPublisher(RabbitOperations rabbit, TickMessages messages, BatchMetrics batches,
            MessagingMetrics messaging, ComponentHealth health, PipelineSettings settings) {
        this.rabbit = rabbit;
        this.messages = messages;
        this.batches = batches;
        this.messaging = messaging;
        this.health = health;
        this.settings = settings;
    }

    @Override
    public boolean publish(List<Tick> ticks) {
        outgoing.clear();
        keys.clear();
        for (Tick tick : ticks) {
            outgoing.add(messages.tick(tick));
            keys.add(messages.routingKey(tick.symbol()));
        }
        AmqpException failure = null;
        for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
            long started = System.nanoTime();
            try {
                send();
                batches.flushed(outgoing.size(), System.nanoTime() - started);
                health.success();
                if (failedSinceSuccess > 0) {
                    recovered();
                }
                return true;
            }
            catch (AmqpException ex) {
                failure = ex;
                health.failure();
                if (attempt == settings.maxAttempts() || !pause(attempt)) {
                    break;
                }
                batches.retried();
            }
        }
        giveUp(ticks, failure);
        return false;
    }

    private void send() {
        long timeout = settings.confirmTimeout().toMillis();
        rabbit.invoke(operations -> {
            for (int i = 0; i < outgoing.size(); i++) {
                operations.send(Exchanges.EVENTS, keys.get(i), outgoing.get(i));
            }
            operations.waitForConfirmsOrDie(timeout);
            return null;
        });
    }

    private boolean pause(int attempt) {
        long backoff = Math.min(settings.maxBackoff().toMillis(), settings.initialBackoff().toMillis() << (attempt - 1));
        try {
            Thread.sleep(backoff);
            return true;
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void recovered() {
        health.up();
        log.info("Tick publishing recovered: the broker confirms batches again after {} batch(es) were given up.",
                failedSinceSuccess);
        failedSinceSuccess = 0;
    }

    private void giveUp(List<Tick> ticks, AmqpException failure) {
        failedSinceSuccess++;
        batches.failed();
        messaging.publishFailed(Exchanges.EVENTS, Events.TICK_TYPE, ticks.size());
        String cause = (failure != null) ? failure.getClass().getSimpleName() + ": " + failure.getMessage() : "interrupted";
        health.down("tick batches are not confirmed: " + cause);
        givenUp.warn("Gave up a batch of {} ticks after {} attempt(s): {}. Symbols {}, first {}#{}, last {}#{}. The ticks"
                + " are dropped (counted in trading_batches_failed_total and trading_messages_publish_failures_total"
                + "{event=\"tick\"}); quotes and candles are still updated, and consumers see a jump in seq. Check"
                + " RabbitMQ (readiness shows rabbit).",
                ticks.size(), settings.maxAttempts(), cause, SymbolRange.of(ticks), ticks.getFirst().symbol(),
                ticks.getFirst().seq(), ticks.getLast().symbol(), ticks.getLast().seq());
    }
}
