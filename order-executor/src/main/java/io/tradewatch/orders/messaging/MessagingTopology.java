package io.tradewatch.orders.messaging;

import io.tradewatch.platform.messaging.Exchanges;

import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The exchanges, queues and bindings order-executor uses, declared as beans (idempotently) exactly as
 * {@code docs/events.md} agrees: quorum queues with a delivery limit and a dead-letter queue for signals and
 * decisions, and a bounded classic queue for ticks.
 */
@Configuration(proxyBeanMethods = false)
public class MessagingTopology {

    public static final String SIGNALS = "order-executor.signals";

    public static final String DECISIONS = "order-executor.decisions";

    public static final String TICKS = "order-executor.ticks";

    public static final String ORDER_REQUESTED = "order.requested";

    public static final String ORDER_APPROVED = "order.approved";

    public static final String ORDER_REJECTED = "order.rejected";

    public static final String ORDER_FILLED = "order.filled";

    public static final String ORDER_CANCELLED = "order.cancelled";

    static final int DELIVERY_LIMIT = 5;

    @Bean
    Declarables orderExecutorTopology(@Value("${tradewatch.order-executor.ticks.capacity:10000}") int tickCapacity) {
        TopicExchange events = new TopicExchange(Exchanges.EVENTS, true, false);
        TopicExchange dlx = new TopicExchange(Exchanges.DEAD_LETTERS, true, false);
        Queue signals = persistent(SIGNALS);
        Queue decisions = persistent(DECISIONS);
        Queue signalsDlq = deadLetters(SIGNALS);
        Queue decisionsDlq = deadLetters(DECISIONS);
        Queue ticks = QueueBuilder.durable(TICKS)
            .maxLength(tickCapacity)
            .overflow(QueueBuilder.Overflow.dropHead)
            .build();
        return new Declarables(events, dlx, signals, decisions, signalsDlq, decisionsDlq, ticks,
                BindingBuilder.bind(signals).to(events).with("signal.*"),
                BindingBuilder.bind(decisions).to(events).with(ORDER_APPROVED),
                BindingBuilder.bind(decisions).to(events).with(ORDER_REJECTED),
                BindingBuilder.bind(ticks).to(events).with("tick.#"), deadLetterBinding(signalsDlq, dlx, SIGNALS),
                deadLetterBinding(decisionsDlq, dlx, DECISIONS));
    }

    private static Queue persistent(String name) {
        return QueueBuilder.durable(name)
            .quorum()
            .deliveryLimit(DELIVERY_LIMIT)
            .deadLetterExchange(Exchanges.DEAD_LETTERS)
            .deadLetterRoutingKey(name)
            .build();
    }

    private static Queue deadLetters(String name) {
        return QueueBuilder.durable(Exchanges.deadLetterQueue(name)).quorum().build();
    }

    private static Binding deadLetterBinding(Queue dlq, TopicExchange dlx, String queue) {
        return BindingBuilder.bind(dlq).to(dlx).with(queue);
    }
}
