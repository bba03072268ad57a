package io.tradewatch.risk.messaging;

/** One event to publish: its routing key, its id (also the AMQP message id) and its body. */
public record Outgoing(String routingKey, String id, Object body) {
}
