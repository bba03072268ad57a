package io.tradewatch.platform.autoconfigure;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import io.tradewatch.platform.messaging.DeadLetterRecoverer;
import io.tradewatch.platform.messaging.MessageReader;
import io.tradewatch.platform.messaging.UnreadableMessageException;

import org.springframework.amqp.AmqpRejectAndDontRequeueException;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.retry.MessageRecoverer;
import org.springframework.boot.amqp.autoconfigure.RabbitAutoConfiguration;
import org.springframework.boot.amqp.autoconfigure.RabbitListenerRetrySettingsCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The suite's one way to consume messages: a {@link MessageReader} for every listener, a listener retry that
 * never retries a poison message ({@link AmqpRejectAndDontRequeueException}, of which
 * {@link UnreadableMessageException} is one), and a recoverer that dead-letters what failed. The metrics
 * starter's counting recoverer, when present, takes the recoverer's place.
 */
@AutoConfiguration(after = RabbitAutoConfiguration.class,
        afterName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
@ConditionalOnClass({ RabbitTemplate.class, RabbitListenerRetrySettingsCustomizer.class })
public final class TradewatchMessagingAutoConfiguration {

    /**
     * Spring AMQP retries whatever a listener throws unless told otherwise; a message rejected as poison
     * cannot succeed on a later attempt, so it goes to the recoverer at once.
     */
    @Bean
    RabbitListenerRetrySettingsCustomizer tradewatchPoisonMessagesAreNotRetried() {
        return settings -> {
            List<Class<? extends Throwable>> excludes = new ArrayList<>(settings.getExceptionExcludes());
            excludes.add(AmqpRejectAndDontRequeueException.class);
            settings.setExceptionExcludes(excludes);
        };
    }

    @Bean
    @ConditionalOnMissingBean(MessageRecoverer.class)
    DeadLetterRecoverer tradewatchDeadLetterRecoverer() {
        return new DeadLetterRecoverer();
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(JsonMapper.class)
    static class ReaderConfiguration {

        @Bean
        @ConditionalOnMissingBean
        @ConditionalOnBean(JsonMapper.class)
        MessageReader tradewatchMessageReader(JsonMapper json) {
            return new MessageReader(json);
        }
    }
}
