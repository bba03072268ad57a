package io.tradewatch.platform.autoconfigure;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import io.tradewatch.metrics.amqp.DeadLetterCountingRecoverer;
import io.tradewatch.metrics.autoconfigure.TradewatchAmqpMetricsAutoConfiguration;
import io.tradewatch.metrics.autoconfigure.TradewatchMetricsAutoConfiguration;
import io.tradewatch.platform.messaging.DeadLetterRecoverer;
import io.tradewatch.platform.messaging.MessageReader;
import io.tradewatch.platform.messaging.UnreadableMessageException;

import org.springframework.amqp.AmqpRejectAndDontRequeueException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.retry.MessageRecoverer;
import org.springframework.amqp.rabbit.retry.RejectAndDontRequeueRecoverer;
import org.springframework.amqp.rabbit.support.ListenerExecutionFailedException;
import org.springframework.boot.amqp.autoconfigure.RabbitAutoConfiguration;
import org.springframework.boot.amqp.autoconfigure.RabbitListenerRetrySettingsCustomizer;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.retry.RetryPolicySettings;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.retry.RetryPolicy;

import static org.assertj.core.api.Assertions.assertThat;

class TradewatchMessagingAutoConfigurationTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, RabbitAutoConfiguration.class,
                TradewatchMessagingAutoConfiguration.class));

    @Test
    void everyListenerGetsAReaderOnTheApplicationsJsonMapper() {
        contextRunner.run(context -> {
            assertThat(context).hasSingleBean(MessageReader.class);
            Message message = new Message("{\"id\":\"e-1\"}".getBytes(), new MessageProperties());
            assertThat(context.getBean(MessageReader.class).read(message, Event.class)).isEqualTo(new Event("e-1"));
        });
    }

    @Test
    void aUserReaderWins() {
        contextRunner.withUserConfiguration(UserReaderConfiguration.class)
            .run(context -> assertThat(context.getBean(MessageReader.class))
                .isSameAs(context.getBean(UserReaderConfiguration.class).reader));
    }

    @Test
    void noReaderWithoutAJsonMapper() {
        new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(RabbitAutoConfiguration.class,
                    TradewatchMessagingAutoConfiguration.class))
            .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(MessageReader.class));
    }

    @Test
    void backsOffWithoutSpringAmqp() {
        contextRunner.withClassLoader(new FilteredClassLoader(RabbitTemplate.class))
            .run(context -> assertThat(context).doesNotHaveBean(MessageReader.class)
                .doesNotHaveBean(DeadLetterRecoverer.class)
                .doesNotHaveBean(RabbitListenerRetrySettingsCustomizer.class));
    }

    @Test
    void theListenerRetryNeverRetriesAPoisonMessageButRetriesAnyOtherFailure() {
        contextRunner.run(context -> {
            RetryPolicySettings settings = new RetryPolicySettings();
            context.getBeansOfType(RabbitListenerRetrySettingsCustomizer.class)
                .values()
                .forEach(customizer -> customizer.customize(settings));
            RetryPolicy policy = settings.createRetryPolicy();
            Message message = new Message(new byte[0], new MessageProperties());
            // the retry interceptor sees what the listener threw wrapped by the listener adapter
            assertThat(policy.shouldRetry(new ListenerExecutionFailedException("listener threw",
                    new UnreadableMessageException(message, "not JSON"), message))).isFalse();
            assertThat(policy.shouldRetry(new ListenerExecutionFailedException("listener threw",
                    new AmqpRejectAndDontRequeueException("poison"), message))).isFalse();
            assertThat(policy.shouldRetry(new ListenerExecutionFailedException("listener threw",
                    new IllegalStateException("Redis is down"), message))).isTrue();
        });
    }

    @Test
    void messagesThatFailedAreDeadLetteredByTheSuitesRecoverer() {
        contextRunner.run(context -> assertThat(context.getBean(MessageRecoverer.class))
            .isExactlyInstanceOf(DeadLetterRecoverer.class));
    }

    @Test
    void withTheMetricsTheRecovererAlsoCountsDeadLetters() {
        contextRunner
            .withConfiguration(AutoConfigurations.of(MetricsAutoConfiguration.class,
                    CompositeMeterRegistryAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class,
                    TradewatchMetricsAutoConfiguration.class, TradewatchAmqpMetricsAutoConfiguration.class))
            .run(context -> assertThat(context).getBean(MessageRecoverer.class)
                .isExactlyInstanceOf(DeadLetterCountingRecoverer.class));
    }

    @Test
    void aUserRecovererWins() {
        contextRunner.withUserConfiguration(UserRecovererConfiguration.class).run(context -> {
            assertThat(context).doesNotHaveBean(DeadLetterRecoverer.class);
            assertThat(context.getBean(MessageRecoverer.class)).isExactlyInstanceOf(RejectAndDontRequeueRecoverer.class);
        });
    }

    record Event(String id) {
    }

    @Configuration(proxyBeanMethods = false)
    static class UserReaderConfiguration {

        final MessageReader reader = new MessageReader(JsonMapper.builder().build());

        @Bean
        MessageReader userReader() {
            return reader;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class UserRecovererConfiguration {

        @Bean
        MessageRecoverer userRecoverer() {
            return new RejectAndDontRequeueRecoverer();
        }
    }
}
