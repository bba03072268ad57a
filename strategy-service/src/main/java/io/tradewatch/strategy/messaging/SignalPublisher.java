package io.tradewatch.strategy.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import io.tradewatch.metrics.MessagingMetrics;
import io.tradewatch.metrics.TradingMetrics;
import io.tradewatch.metrics.amqp.PipelineOrigin;
import io.tradewatch.metrics.catalog.TagValues;
import io.tradewatch.metrics.health.ComponentHealthRegistry;
import io.tradewatch.platform.messaging.Exchanges;
import io.tradewatch.strategy.config.StrategyProperties;
import io.tradewatch.strategy.domain.Decision;
import io.tradewatch.strategy.domain.StrategyDefinition;
import io.tradewatch.strategy.domain.SymbolStrategy;
import io.tradewatch.strategy.domain.Tick;
import io.tradewatch.strategy.service.StrategyHealth;
import io.tradewatch.strategy.store.SignalLog;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitOperations;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.stereotype.Component;

/**
 * Publishes decisions as persistent {@code signal} messages with publisher confirms (a batch is sent, then its
 * confirms are awaited together), then records each confirmed one in the recent-signals stream. The signal id is derived from the strategy, symbol, tick and side, so a
 * redelivered tick yields the same id, and a Redis marker makes sure one id is published only once.
 */
@Component
class SignalPublisher {

    private static final Logger log = LoggerFactory.getLogger(SignalPublisher.class);

    private final RabbitTemplate rabbit;

    private final JsonMapper json;

    private final SignalLog signalLog;

    private final TradingMetrics trading;

    private final MessagingMetrics messaging;

    private final ComponentHealthRegistry health;

    private final long confirmTimeoutMillis;

    SignalPublisher(RabbitTemplate rabbit, JsonMapper json, SignalLog signalLog, TradingMetrics trading,
            MessagingMetrics messaging, ComponentHealthRegistry health, StrategyProperties properties) {
        this.rabbit = rabbit;
        this.json = json;
        this.signalLog = signalLog;
        this.trading = trading;
        this.messaging = messaging;
        this.health = health;
        this.confirmTimeoutMillis = properties.confirmTimeout().toMillis();
    }

    /** A decision waiting to be published. */
    record Pending(SymbolStrategy strategy, Decision decision, Tick tick) {
    }

    /** A signal sent and waiting for its confirm. */
    private record InFlight(Pending pending, SignalEvent event, byte[] body, CorrelationData correlation) {
    }

    /**
     * Sends every signal of the batch on one channel (so a symbol's signals keep their order), then waits for
     * their confirms and records the confirmed ones.
     */
    void publish(List<Pending> batch) {
        List<InFlight> sent = new ArrayList<>(batch.size());
        rabbit.invoke(operations -> {
            for (Pending pending : batch) {
                SignalEvent event = event(pending.strategy().definition(), pending.decision(), pending.tick());
                if (!signalLog.claim(event.id())) {
                    log.info("Signal {} of strategy {} on {} was already published (a redelivered tick); not"
                            + " publishing it again", event.id(), event.strategyId(), event.symbol());
                    continue;
                }
                byte[] body = json.writeValueAsBytes(event);
                sent.add(new InFlight(pending, event, body, send(operations, event, body, pending.tick())));
            }
            return null;
        });
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(confirmTimeoutMillis);
        for (InFlight flight : sent) {
            boolean confirmed = awaitConfirm(flight, deadline);
            StrategyDefinition definition = flight.pending().strategy().definition();
            var component = health.component(StrategyHealth.component(definition.id()));
            if (!confirmed) {
                signalLog.release(flight.event().id());
                messaging.publishFailed(Exchanges.EVENTS, "signal");
                component.failure();
                continue;
            }
            component.success();
            trading.signal(definition.id(), TagValues.Side.valueOf(flight.pending().decision().side().name()));
            signalLog.append(new String(flight.body(), StandardCharsets.UTF_8));
            log.info("Signal {} {} {} by strategy {} at {} (strength {})", flight.event().id(), flight.event().side(),
                    flight.event().symbol(), definition.id(), flight.event().referencePrice(),
                    flight.event().strength());
        }
    }

    /** Sends one signal, carrying its tick's pipeline origin (this is not the tick's listener thread). */
    private CorrelationData send(RabbitOperations operations, SignalEvent event, byte[] body, Tick tick) {
        Message message = MessageBuilder.withBody(body)
            .setContentType(MessageProperties.CONTENT_TYPE_JSON)
            .setContentEncoding("UTF-8")
            .setDeliveryMode(MessageDeliveryMode.PERSISTENT)
            .setMessageId(event.id())
            .setType("signal")
            .build();
        CorrelationData correlation = new CorrelationData(event.id());
        PipelineOrigin.set(tick.originAt());
        try {
            operations.send(Exchanges.EVENTS, "signal." + event.strategyType(), message, correlation);
        }
        catch (RuntimeException ex) {
            correlation.getFuture().completeExceptionally(ex);
        }
        finally {
            PipelineOrigin.clear();
        }
        return correlation;
    }

    private boolean awaitConfirm(InFlight flight, long deadline) {
        String id = flight.event().id();
        try {
            long wait = Math.max(0, deadline - System.nanoTime());
            CorrelationData.Confirm confirm = flight.correlation().getFuture().get(wait, TimeUnit.NANOSECONDS);
            if (!confirm.ack()) {
                log.error("The broker refused signal {} ({}): it is lost, the strategy's state has moved on. Check the"
                        + " broker's alarms and logs", id, confirm.reason());
                return false;
            }
            if (flight.correlation().getReturned() != null) {
                log.warn("Signal {} on signal.{} reached no queue: is order-executor running and bound to it?", id,
                        flight.event().strategyType());
            }
            return true;
        }
        catch (TimeoutException | ExecutionException ex) {
            log.error("Signal {} was not confirmed by the broker within {} ms ({}): it is lost, the strategy's state"
                    + " has moved on. Check the RabbitMQ connection", id, confirmTimeoutMillis, ex.toString());
            return false;
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static SignalEvent event(StrategyDefinition definition, Decision decision, Tick tick) {
        String key = definition.id() + '|' + tick.symbol() + '|' + tick.seq() + '|' + tick.tradeTime().toEpochMilli()
                + '|' + decision.side();
        String id = UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
        double strength = Math.round(decision.strength() * 10_000) / 10_000.0;
        return new SignalEvent("signal", id, Instant.now(), 1, definition.id(), definition.type().wireName(),
                tick.symbol(), decision.side().name(), strength, tick.price(), definition.notional().toPlainString(),
                tick.tradeTime());
    }
}
