package io.tradewatch.risk.messaging;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import io.tradewatch.metrics.MessagingMetrics;
import io.tradewatch.platform.messaging.Exchanges;
import io.tradewatch.risk.config.RiskProperties;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.stereotype.Component;

/**
 * Publishes events to {@code trading.events} as persistent JSON and returns only once the broker confirmed
 * every one of them. Several events are sent before waiting, so they share one confirm round trip. A
 * refused or unconfirmed publish throws {@link PublishFailedException}; an unroutable one (no queue bound
 * yet) is confirmed by the broker and only logged, at most once a minute per routing key.
 */
@Component
public class ConfirmedPublisher {

    private static final Logger log = LoggerFactory.getLogger(ConfirmedPublisher.class);

    private static final long UNROUTABLE_LOG_INTERVAL_MILLIS = 60_000;

    private final RabbitTemplate template;

    private final JsonMapper json;

    private final MessagingMetrics metrics;

    private final long timeoutMillis;

    private final Map<String, Long> unroutableLogged = new ConcurrentHashMap<>();

    ConfirmedPublisher(RabbitTemplate template, JsonMapper json, MessagingMetrics metrics, RiskProperties properties) {
        this.template = template;
        this.json = json;
        this.metrics = metrics;
        this.timeoutMillis = properties.publishTimeout().toMillis();
    }

    /** Publishes all events and waits for the broker to confirm each. */
    public void publish(List<Outgoing> events) {
        List<CorrelationData> sent = new ArrayList<>(events.size());
        for (Outgoing event : events) {
            CorrelationData correlation = new CorrelationData(event.id());
            template.send(Exchanges.EVENTS, event.routingKey(), message(event), correlation);
            sent.add(correlation);
        }
        for (int i = 0; i < sent.size(); i++) {
            await(events.get(i), sent.get(i));
        }
    }

    private Message message(Outgoing event) {
        MessageProperties properties = new MessageProperties();
        properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        properties.setContentEncoding(StandardCharsets.UTF_8.name());
        properties.setDeliveryMode(MessageDeliveryMode.PERSISTENT);
        properties.setMessageId(event.id());
        properties.setType(event.routingKey());
        return new Message(json.writeValueAsBytes(event.body()), properties);
    }

    private void await(Outgoing event, CorrelationData correlation) {
        try {
            CorrelationData.Confirm confirm = correlation.getFuture().get(timeoutMillis, TimeUnit.MILLISECONDS);
            if (!confirm.ack()) {
                throw failed(event, "the broker refused it (" + confirm.reason() + ")", null);
            }
            if (correlation.getReturned() != null) {
                logUnroutable(event);
            }
        }
        catch (TimeoutException ex) {
            throw failed(event, "no confirm within " + timeoutMillis + " ms", ex);
        }
        catch (ExecutionException ex) {
            throw failed(event, "the confirm failed: " + ex.getCause(), ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw failed(event, "interrupted while waiting for its confirm", ex);
        }
    }

    private PublishFailedException failed(Outgoing event, String why, @Nullable Throwable cause) {
        metrics.publishFailed(Exchanges.EVENTS, event.routingKey());
        String message = "Publishing " + event.routingKey() + " event " + event.id() + " failed: " + why;
        return (cause != null) ? new PublishFailedException(message, cause) : new PublishFailedException(message);
    }

    private void logUnroutable(Outgoing event) {
        long now = System.currentTimeMillis();
        Long last = unroutableLogged.get(event.routingKey());
        if (last == null || now - last > UNROUTABLE_LOG_INTERVAL_MILLIS) {
            unroutableLogged.put(event.routingKey(), now);
            log.warn("No queue is bound for {} on {} (event {}): the broker dropped it. Start the consuming service"
                    + " so its queue exists; this is logged at most once a minute", event.routingKey(), Exchanges.EVENTS,
                    event.id());
        }
    }
}
