package io.tradewatch.marketdata.messaging;

import tools.jackson.databind.json.JsonMapper;

import io.tradewatch.marketdata.config.MarketDataProperties;
import io.tradewatch.metrics.BatchMetrics;
import io.tradewatch.metrics.MessagingMetrics;
import io.tradewatch.metrics.health.ComponentHealthRegistry;
import io.tradewatch.platform.messaging.Exchanges;

import org.springframework.amqp.core.ExchangeBuilder;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The exchanges of {@code docs/events.md} (declared by Boot's {@code RabbitAdmin} on every connection) and
 * the publishers. No queue is declared here: each consumer declares and binds its own.
 */
@Configuration(proxyBeanMethods = false)
class MessagingTopology {

    @Bean
    TopicExchange tradingEventsExchange() {
        return ExchangeBuilder.topicExchange(Exchanges.EVENTS).durable(true).build();
    }

    @Bean
    TopicExchange tradingDeadLetterExchange() {
        return ExchangeBuilder.topicExchange(Exchanges.DEAD_LETTERS).durable(true).build();
    }

    @Bean
    TickMessages tickMessages(JsonMapper json) {
        return new TickMessages(json);
    }

    @Bean
    TickPublisher tickPublisher(RabbitTemplate rabbit, TickMessages messages, BatchMetrics batches,
            MessagingMetrics messaging, ComponentHealthRegistry components, MarketDataProperties properties) {
        return new TickPublisher(rabbit, messages, batches, messaging, components.component("publisher"),
                properties.pipeline());
    }

    @Bean
    FeedStatusPublisher feedStatusPublisher(RabbitTemplate rabbit, TickMessages messages, MessagingMetrics messaging,
            MarketDataProperties properties) {
        return new FeedStatusPublisher(rabbit, messages, messaging,
                properties.pipeline().confirmTimeout());
    }
}
