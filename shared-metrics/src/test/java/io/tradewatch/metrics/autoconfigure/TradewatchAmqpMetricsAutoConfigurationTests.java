package io.tradewatch.metrics.autoconfigure;

import org.junit.jupiter.api.Test;

import io.tradewatch.metrics.amqp.DeadLetterCountingRecoverer;
import io.tradewatch.metrics.amqp.ListenerObservationHandler;
import io.tradewatch.metrics.amqp.PublishInstrumentation;

import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.retry.MessageRecoverer;
import org.springframework.amqp.rabbit.retry.RejectAndDontRequeueRecoverer;
import org.springframework.boot.amqp.autoconfigure.RabbitAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class TradewatchAmqpMetricsAutoConfigurationTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(MetricsAutoConfiguration.class,
                CompositeMeterRegistryAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class,
                RabbitAutoConfiguration.class, TradewatchMetricsAutoConfiguration.class,
                TradewatchAmqpMetricsAutoConfiguration.class));

    @Test
    void instrumentsEveryRabbitTemplateAndListener() {
        contextRunner.run(context -> {
            assertThat(context).hasSingleBean(PublishInstrumentation.class)
                .hasSingleBean(ListenerObservationHandler.class)
                .hasSingleBean(DeadLetterCountingRecoverer.class);
            RabbitTemplate template = context.getBean(RabbitTemplate.class);
            assertThat(template.getBeforePublishPostProcessors())
                .contains(context.getBean(PublishInstrumentation.class));
        });
    }

    @Test
    void aUserMessageRecovererWins() {
        contextRunner.withUserConfiguration(UserRecovererConfiguration.class).run(context -> {
            assertThat(context).doesNotHaveBean(DeadLetterCountingRecoverer.class);
            assertThat(context.getBean(MessageRecoverer.class)).isInstanceOf(RejectAndDontRequeueRecoverer.class);
        });
    }

    @Test
    void backsOffWithoutSpringAmqp() {
        contextRunner.withClassLoader(new FilteredClassLoader(RabbitTemplate.class))
            .run(context -> assertThat(context).doesNotHaveBean(PublishInstrumentation.class)
                .doesNotHaveBean(ListenerObservationHandler.class));
    }

    @Test
    void backsOffWithoutTheMetricsStarter() {
        new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(RabbitAutoConfiguration.class,
                    TradewatchAmqpMetricsAutoConfiguration.class))
            .run(context -> assertThat(context).doesNotHaveBean(PublishInstrumentation.class));
    }

    @Configuration(proxyBeanMethods = false)
    static class UserRecovererConfiguration {

        @Bean
        MessageRecoverer userRecoverer() {
            return new RejectAndDontRequeueRecoverer();
        }
    }
}
