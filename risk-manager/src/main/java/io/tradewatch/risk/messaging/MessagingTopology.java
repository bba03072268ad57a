package io.tradewatch.risk.messaging;

import java.util.ArrayList;
import java.util.List;

import io.tradewatch.platform.messaging.Exchanges;
import io.tradewatch.risk.config.RiskProperties;

import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Declarable;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Declares what the risk manager consumes, exactly as {@code docs/events.md} agrees: quorum queues with a
 * delivery limit and a dead-letter queue for orders and fills, and a bounded drop-head queue for ticks
 * with a single active consumer, so one replica marks to market in tick order.
 */
@Configuration(proxyBeanMethods = false)
class MessagingTopology {

    @Bean
    Declarables riskTopology(RiskProperties properties) {
        TopicExchange events = new TopicExchange(Exchanges.EVENTS, true, false);
        TopicExchange deadLetters = new TopicExchange(Exchanges.DEAD_LETTERS, true, false);
        List<Declarable> declarables = new ArrayList<>(List.of(events, deadLetters));
        persistent(declarables, events, deadLetters, Events.ORDERS_QUEUE, Events.ORDER_REQUESTED);
        persistent(declarables, events, deadLetters, Events.FILLS_QUEUE, Events.ORDER_FILLED, Events.ORDER_CANCELLED);
        Queue ticks = QueueBuilder.durable(Events.TICKS_QUEUE)
            .maxLength(properties.tickQueueMaxLength())
            .overflow(QueueBuilder.Overflow.dropHead)
            .singleActiveConsumer()
            .build();
        declarables.add(ticks);
        declarables.add(BindingBuilder.bind(ticks).to(events).with(Events.TICKS));
        return new Declarables(declarables);
    }

    private static void persistent(List<Declarable> declarables, TopicExchange events, TopicExchange deadLetters,
            String name, String... routingKeys) {
        Queue queue = QueueBuilder.durable(name)
            .quorum()
            .deliveryLimit(5)
            .deadLetterExchange(Exchanges.DEAD_LETTERS)
            .deadLetterRoutingKey(name)
            .build();
        Queue deadLetterQueue = QueueBuilder.durable(Exchanges.deadLetterQueue(name)).quorum().build();
        declarables.add(queue);
        declarables.add(deadLetterQueue);
        declarables.add(BindingBuilder.bind(deadLetterQueue).to(deadLetters).with(name));
        for (String routingKey : routingKeys) {
            Binding binding = BindingBuilder.bind(queue).to(events).with(routingKey);
            declarables.add(binding);
        }
    }
}
