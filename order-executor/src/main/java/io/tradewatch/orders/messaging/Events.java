package io.tradewatch.orders.messaging;

import java.time.Instant;

import tools.jackson.databind.json.JsonMapper;

import io.tradewatch.metrics.amqp.PipelineOrigin;
import io.tradewatch.orders.domain.CancelReason;
import io.tradewatch.orders.domain.Fill;
import io.tradewatch.orders.domain.Order;
import io.tradewatch.orders.service.OrderEvents;
import io.tradewatch.orders.store.OutboxEntry;

import org.springframework.stereotype.Component;

/**
 * Builds the outbox entries of the events order-executor publishes. Event ids are derived from the order, so
 * an event built again for the same order (a retry, another replica) carries the same id.
 */
@Component
public class Events implements OrderEvents {

    private final JsonMapper json;

    Events(JsonMapper json) {
        this.json = json;
    }

    @Override
    public OutboxEntry requested(Order order) {
        OrderRequestedEvent event = OrderRequestedEvent.of(order);
        return entry(event.id().toString(), MessagingTopology.ORDER_REQUESTED, event);
    }

    @Override
    public OutboxEntry filled(Order order, Fill fill) {
        OrderFilledEvent event = OrderFilledEvent.of(order, fill);
        return entry(event.id().toString(), MessagingTopology.ORDER_FILLED, event);
    }

    @Override
    public OutboxEntry cancelled(Order order, CancelReason reason, Instant at) {
        OrderCancelledEvent event = OrderCancelledEvent.of(order, reason, at);
        return entry(event.id().toString(), MessagingTopology.ORDER_CANCELLED, event);
    }

    private OutboxEntry entry(String id, String routingKey, Object event) {
        return new OutboxEntry(id, routingKey, json.writeValueAsString(event), PipelineOrigin.current());
    }
}
