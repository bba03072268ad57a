package io.tradewatch.risk.messaging;

import io.tradewatch.metrics.health.ComponentHealth;
import io.tradewatch.metrics.health.ComponentHealthRegistry;
import io.tradewatch.platform.messaging.MessageReader;
import io.tradewatch.platform.messaging.UnreadableMessageException;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code risk-manager.orders}. The message is acknowledged only after its decision is stored and
 * confirmed by the broker; any failure (Redis, publish) fails the delivery, which is retried and finally
 * dead-lettered to {@code risk-manager.orders.dlq}. An order missing what a decision needs is dead-lettered
 * at once.
 */
@Component
class OrderRequestListener {

    private final OrderDecider service;

    private final MessageReader reader;

    private final ComponentHealth health;

    OrderRequestListener(OrderDecider service, MessageReader reader, ComponentHealthRegistry components) {
        this.service = service;
        this.reader = reader;
        this.health = components.component("order-checks");
    }

    @RabbitListener(id = "risk-orders", queues = Events.ORDERS_QUEUE,
            concurrency = "${tradewatch.risk.order-consumers:4}")
    void onOrderRequested(Message message) {
        OrderRequested request = reader.read(message, OrderRequested.class);
        ValidOrder order;
        try {
            order = ValidOrder.of(request);
        }
        catch (IllegalArgumentException ex) {
            health.failure();
            throw new UnreadableMessageException(message, "the order cannot be decided: " + ex.getMessage());
        }
        try {
            service.decide(order);
            health.success();
        }
        catch (RuntimeException ex) {
            health.failure();
            throw ex;
        }
    }
}
