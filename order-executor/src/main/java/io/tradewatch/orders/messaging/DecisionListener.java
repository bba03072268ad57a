package io.tradewatch.orders.messaging;

import java.util.List;

import io.tradewatch.metrics.health.ComponentHealth;
import io.tradewatch.metrics.health.ComponentHealthRegistry;
import io.tradewatch.orders.service.DecisionHandler;
import io.tradewatch.platform.messaging.MessageReader;
import io.tradewatch.platform.messaging.UnreadableMessageException;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code order.approved} and {@code order.rejected} from {@code order-executor.decisions}. The message is
 * acknowledged only after the decision's effect is committed in Redis; a failure is retried and, after the last
 * attempt, dead-lettered to {@code order-executor.decisions.dlq} and counted. A message that is not a decision
 * (unreadable, no id or order id, another routing key) is dead-lettered and counted at its first attempt.
 */
@Component
class DecisionListener {

    private final MessageReader reader;

    private final DecisionHandler handler;

    private final ComponentHealth health;

    DecisionListener(MessageReader reader, DecisionHandler handler, ComponentHealthRegistry components) {
        this.reader = reader;
        this.handler = handler;
        this.health = components.component("execution");
    }

    @RabbitListener(id = "decisions", queues = MessagingTopology.DECISIONS,
            concurrency = "${tradewatch.order-executor.consumers.decisions:4}")
    void onDecision(Message message) {
        try {
            DecisionEvent decision = reader.read(message, DecisionEvent.class);
            String type = type(message, decision);
            if (decision.id() == null || decision.orderId() == null) {
                throw new UnreadableMessageException(message, "a decision needs an id and an orderId (" + type + ")");
            }
            boolean approved = switch (type) {
                case MessagingTopology.ORDER_APPROVED -> true;
                case MessagingTopology.ORDER_REJECTED -> false;
                default -> throw new UnreadableMessageException(message, "not a decision: " + type);
            };
            handler.handle(decision.id(), decision.orderId(), approved,
                    (decision.reasons() != null) ? decision.reasons() : List.of());
            health.success();
        }
        catch (RuntimeException ex) {
            health.failure();
            throw ex;
        }
    }

    private static String type(Message message, DecisionEvent decision) {
        String routingKey = message.getMessageProperties().getReceivedRoutingKey();
        if (routingKey != null && routingKey.startsWith("order.")) {
            return routingKey;
        }
        return (decision.type() != null) ? decision.type() : "none";
    }
}
