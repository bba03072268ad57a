package io.tradewatch.orders.store;

/**
 * An event committed together with the state change that caused it and not yet confirmed by the broker: its
 * id (also the AMQP message id), routing key, JSON body and the pipeline origin (epoch ms, or -1).
 */
public record OutboxEntry(String eventId, String routingKey, String body, long originAt) {
}
