package io.tradewatch.alerts.messaging;

import io.tradewatch.alerts.config.AlertProperties;

import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.rabbit.config.SimpleRabbitListenerContainerFactory;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The tick listener's container: automatic acknowledgement after each tick, no retry (a failed tick is dropped
 * and counted, the next one carries a fresher price), one consumer (the queue has a single active consumer
 * anyway) and the configured prefetch.
 */
@Configuration(proxyBeanMethods = false)
class TickListenerConfiguration {

    @Bean
    SimpleRabbitListenerContainerFactory tickListenerContainerFactory(ConnectionFactory connectionFactory,
            AlertProperties properties) {
        SimpleRabbitListenerContainerFactory factory = new SimpleRabbitListenerContainerFactory();
        factory.setConnectionFactory(connectionFactory);
        factory.setAcknowledgeMode(AcknowledgeMode.AUTO);
        factory.setPrefetchCount(properties.ticks().prefetch());
        factory.setConcurrentConsumers(1);
        factory.setMaxConcurrentConsumers(1);
        factory.setDefaultRequeueRejected(false);
        factory.setMissingQueuesFatal(false);
        factory.setObservationEnabled(true);
        return factory;
    }
}
