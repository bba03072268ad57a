package io.tradewatch.alerts.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.tradewatch.alerts.config.AlertProperties;
import io.tradewatch.platform.messaging.Exchanges;

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
 * Declares (idempotently, on every connection) the shared exchanges and the alert-system's queues: quorum
 * queues with a delivery limit and dead-lettering to {@code <queue>.dlq} for the persistent flows, and a
 * bounded classic tick queue ({@code drop-head}, single active consumer, so one instance evaluates price rules).
 */
@Configuration(proxyBeanMethods = false)
class MessagingTopology {

    @Bean
    Declarables alertTopology(AlertProperties properties) {
        TopicExchange events = new TopicExchange(Exchanges.EVENTS, true, false);
        TopicExchange dlx = new TopicExchange(Exchanges.DEAD_LETTERS, true, false);
        List<Declarable> declarables = new ArrayList<>(List.of(events, dlx));
        persistent(declarables, events, dlx, Queues.RISK, "risk.breach");
        persistent(declarables, events, dlx, Queues.ORDERS, "order.rejected", "order.filled");
        persistent(declarables, events, dlx, Queues.FEED, "feed.status");
        Queue ticks = QueueBuilder.durable(Queues.TICKS)
            .withArguments(Map.of("x-max-length", properties.ticks().maxLength(), "x-overflow", "drop-head",
                    "x-single-active-consumer", true))
            .build();
        declarables.add(ticks);
        declarables.add(BindingBuilder.bind(ticks).to(events).with("tick.#"));
        return new Declarables(declarables);
    }

    private static void persistent(List<Declarable> declarables, TopicExchange events, TopicExchange dlx, String name,
            String... routingKeys) {
        Queue queue = QueueBuilder.durable(name)
            .quorum()
            .deliveryLimit(5)
            .deadLetterExchange(Exchanges.DEAD_LETTERS)
            .deadLetterRoutingKey(name)
            .build();
        Queue dlq = QueueBuilder.durable(Exchanges.deadLetterQueue(name)).quorum().build();
        declarables.add(queue);
        declarables.add(dlq);
        declarables.add(BindingBuilder.bind(dlq).to(dlx).with(name));
        for (String routingKey : routingKeys) {
            Binding binding = BindingBuilder.bind(queue).to(events).with(routingKey);
            declarables.add(binding);
        }
    }
}
