package io.tradewatch.orders.messaging;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.tradewatch.metrics.MessagingMetrics;
import io.tradewatch.orders.service.EventSender;
import io.tradewatch.orders.store.Outbox;
import io.tradewatch.orders.store.OutboxEntry;
import io.tradewatch.platform.messaging.Exchanges;
import io.tradewatch.platform.messaging.TradewatchHeaders;

import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes committed events with publisher confirms. An event leaves the outbox only when the broker confirmed
 * it and routed it to at least one queue; a nack, a return, a timeout or a broker outage leave it there for
 * the {@link OutboxRelay}, which sends it again with the same id.
 */
@Component
public class EventPublisher implements EventSender {

    private static final Logger log = LoggerFactory.getLogger(EventPublisher.class);

    private final RabbitTemplate rabbit;

    private final Outbox outbox;

    private final MessagingMetrics metrics;

    private final ConcurrentLinkedQueue<String> confirmed = new ConcurrentLinkedQueue<>();

    EventPublisher(RabbitTemplate rabbit, Outbox outbox, MessagingMetrics metrics) {
        this.rabbit = rabbit;
        this.outbox = outbox;
        this.metrics = metrics;
    }

    @Override
    public void publish(OutboxEntry entry) {
        CorrelationData correlation = new CorrelationData(entry.eventId());
        try {
            rabbit.send(Exchanges.EVENTS, entry.routingKey(), message(entry), correlation);
        }
        catch (AmqpException ex) {
            failed(entry, "the broker could not be reached: " + ex.getMessage());
            return;
        }
        correlation.getFuture().whenComplete((confirm, error) -> {
            if (error == null && confirm.ack() && correlation.getReturned() == null) {
                confirmed.add(entry.eventId());
            }
            else {
                failed(entry, (error != null) ? error.getMessage() : (correlation.getReturned() != null)
                        ? "unroutable: no queue is bound to " + entry.routingKey() : "nacked: " + confirm.reason());
            }
        });
    }

    /** Removes confirmed events from the outbox, in one batch. */
    @Scheduled(fixedDelayString = "100ms")
    public void forgetConfirmed() {
        List<String> ids = new ArrayList<>();
        for (String id = confirmed.poll(); id != null && ids.size() < 1000; id = confirmed.poll()) {
            ids.add(id);
        }
        if (ids.isEmpty()) {
            return;
        }
        try {
            outbox.remove(ids);
        }
        catch (RuntimeException ex) {
            confirmed.addAll(ids);
            log.warn("Could not remove {} confirmed events from the outbox: {}. They stay queued for removal; if the"
                    + " service stops first they are sent once more with the same ids, which consumers deduplicate.",
                    ids.size(), ex.getMessage());
        }
    }

    private void failed(OutboxEntry entry, String why) {
        metrics.publishFailed(Exchanges.EVENTS, entry.routingKey());
        log.warn("Event {} ({}) was not confirmed: {}. It stays in the outbox and is sent again with the same id;"
                + " check the broker and that the consumers' queues are declared.", entry.eventId(),
                entry.routingKey(), why);
    }

    private static Message message(OutboxEntry entry) {
        MessageProperties properties = new MessageProperties();
        properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        properties.setContentEncoding(StandardCharsets.UTF_8.name());
        properties.setMessageId(entry.eventId());
        properties.setType(entry.routingKey());
        properties.setDeliveryMode(MessageDeliveryMode.PERSISTENT);
        if (entry.originAt() >= 0) {
            properties.setHeader(TradewatchHeaders.ORIGIN_AT, entry.originAt());
        }
        return new Message(entry.body().getBytes(StandardCharsets.UTF_8), properties);
    }
}
