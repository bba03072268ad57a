package io.tradewatch.metrics.autoconfigure;

import io.tradewatch.metrics.MessagingMetrics;
import io.tradewatch.metrics.amqp.DeadLetterCountingRecoverer;
import io.tradewatch.metrics.amqp.ListenerObservationHandler;
import io.tradewatch.metrics.amqp.PublishInstrumentation;
import io.tradewatch.platform.autoconfigure.TradewatchMessagingAutoConfiguration;

import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.retry.MessageRecoverer;
import org.springframework.boot.amqp.autoconfigure.RabbitAutoConfiguration;
import org.springframework.boot.amqp.autoconfigure.RabbitTemplateCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Instruments Spring AMQP once for every service: every {@link RabbitTemplate} stamps and counts what it
 * publishes, every listener call is measured through Spring AMQP's observation, and dead-lettered messages
 * are counted: its {@link DeadLetterCountingRecoverer} comes before, and so replaces, the suite's plain
 * dead-letter recoverer.
 */
@AutoConfiguration(after = { TradewatchMetricsAutoConfiguration.class, RabbitAutoConfiguration.class },
        before = TradewatchMessagingAutoConfiguration.class)
@ConditionalOnClass({ RabbitTemplate.class, RabbitTemplateCustomizer.class })
@ConditionalOnBean(MessagingMetrics.class)
public final class TradewatchAmqpMetricsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    PublishInstrumentation tradewatchPublishInstrumentation(MessagingMetrics metrics) {
        return new PublishInstrumentation(metrics);
    }

    @Bean
    RabbitTemplateCustomizer tradewatchRabbitTemplateCustomizer(PublishInstrumentation instrumentation) {
        return template -> template.addBeforePublishPostProcessors(instrumentation);
    }

    @Bean
    @ConditionalOnMissingBean
    ListenerObservationHandler tradewatchListenerObservationHandler(MessagingMetrics metrics) {
        return new ListenerObservationHandler(metrics);
    }

    @Bean
    @ConditionalOnMissingBean(MessageRecoverer.class)
    DeadLetterCountingRecoverer tradewatchDeadLetterRecoverer(MessagingMetrics metrics) {
        return new DeadLetterCountingRecoverer(metrics);
    }
}
