package io.tradewatch.strategy.messaging;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.tradewatch.platform.instrument.InstrumentCatalog;
import io.tradewatch.platform.messaging.Exchanges;
import io.tradewatch.strategy.config.StrategyProperties;

import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Declarable;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.ExchangeBuilder;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.listener.DirectMessageListenerContainer;
import org.springframework.boot.amqp.autoconfigure.RabbitTemplateCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service's RabbitMQ topology, declared as beans: the two shared exchanges, the sharded single-active-
 * consumer tick queues (bounded, drop-head, overflow dead-lettered to a counting queue), the fills queue
 * with its dead-letter queue, and the tick listener container.
 */
@Configuration(proxyBeanMethods = false)
class MessagingTopology {

    private static final Logger log = LoggerFactory.getLogger(MessagingTopology.class);

    static final String DROPPED_TICKS = "strategy.ticks.dropped";

    static final String FILLS = "strategy.fills";

    static final int DROPPED_TICKS_MAX_LENGTH = 100_000;

    @Bean
    Declarables strategyTopology(StrategyProperties properties, InstrumentCatalog catalog) {
        List<String> unknown = properties.symbols().stream().filter(symbol -> !catalog.contains(symbol)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("tradewatch.strategy.symbols names " + unknown + ", which the instrument"
                    + " catalog (tradewatch.instruments) does not list; no ticks of them would ever arrive");
        }
        TopicExchange events = ExchangeBuilder.topicExchange(Exchanges.EVENTS).durable(true).build();
        TopicExchange deadLetters = ExchangeBuilder.topicExchange(Exchanges.DEAD_LETTERS).durable(true).build();
        List<Declarable> declarables = new ArrayList<>(List.of(events, deadLetters));
        for (String name : TickShards.queues(properties.shards())) {
            declarables.add(tickQueue(name, properties.queueMaxLength()));
        }
        for (String symbol : properties.symbols()) {
            declarables.add(SymbolBindings.binding(symbol, properties.shards()));
        }
        Queue dropped = QueueBuilder.durable(DROPPED_TICKS)
            .maxLength(DROPPED_TICKS_MAX_LENGTH)
            .overflow(QueueBuilder.Overflow.dropHead)
            .build();
        declarables.add(dropped);
        declarables.add(BindingBuilder.bind(dropped).to(deadLetters).with(DROPPED_TICKS));
        declarables.addAll(fills(events, deadLetters));
        return new Declarables(declarables);
    }

    private static Queue tickQueue(String name, int maxLength) {
        return QueueBuilder.durable(name)
            .maxLength(maxLength)
            .overflow(QueueBuilder.Overflow.dropHead)
            .singleActiveConsumer()
            .deadLetterExchange(Exchanges.DEAD_LETTERS)
            .deadLetterRoutingKey(DROPPED_TICKS)
            .build();
    }

    private static List<Declarable> fills(TopicExchange events, TopicExchange deadLetters) {
        Queue fills = QueueBuilder.durable(FILLS)
            .quorum()
            .deliveryLimit(5)
            .deadLetterExchange(Exchanges.DEAD_LETTERS)
            .deadLetterRoutingKey(FILLS)
            .build();
        Queue fillsDlq = QueueBuilder.durable(Exchanges.deadLetterQueue(FILLS)).quorum().build();
        Binding filled = BindingBuilder.bind(fills).to(events).with("order.filled");
        Binding parked = BindingBuilder.bind(fillsDlq).to(deadLetters).with(FILLS);
        return List.of(fills, fillsDlq, filled, parked);
    }

    /**
     * Signals that reach no queue come back to {@link SignalPublisher} on their correlation data; this keeps
     * the template from logging each of them a second time.
     */
    @Bean
    RabbitTemplateCustomizer strategyReturnsCallback() {
        return template -> template.setReturnsCallback(returned -> log.debug("Returned {} {}: {}",
                returned.getExchange(), returned.getRoutingKey(), returned.getReplyText()));
    }

    /**
     * One consumer per shard queue on every replica; the broker makes exactly one of them active per queue.
     * Each queue's deliveries run one at a time on its channel, so a symbol's ticks are evaluated in order.
     */
    @Bean
    DirectMessageListenerContainer tickListenerContainer(ConnectionFactory connectionFactory,
            StrategyProperties properties, TickListener listener) {
        DirectMessageListenerContainer container = new DirectMessageListenerContainer(connectionFactory);
        container.setQueueNames(TickShards.queues(properties.shards()).toArray(String[]::new));
        container.setConsumersPerQueue(1);
        container.setPrefetchCount(properties.prefetch());
        container.setAcknowledgeMode(AcknowledgeMode.AUTO);
        container.setDefaultRequeueRejected(false);
        container.setObservationEnabled(true);
        container.setMissingQueuesFatal(false);
        container.setMessageListener(listener);
        return container;
    }
}
