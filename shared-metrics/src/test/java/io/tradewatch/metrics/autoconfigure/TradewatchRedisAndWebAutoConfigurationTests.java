package io.tradewatch.metrics.autoconfigure;

import io.lettuce.core.metrics.MicrometerCommandLatencyRecorder;
import io.lettuce.core.resource.ClientResources;
import org.junit.jupiter.api.Test;

import io.tradewatch.metrics.web.ProblemDetailsHandler;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.redis.autoconfigure.ClientResourcesBuilderCustomizer;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.webflux.autoconfigure.WebFluxAutoConfiguration;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;

import static org.assertj.core.api.Assertions.assertThat;

class TradewatchRedisAndWebAutoConfigurationTests {

    private final ApplicationContextRunner redisRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(MetricsAutoConfiguration.class,
                CompositeMeterRegistryAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class,
                DataRedisAutoConfiguration.class, TradewatchRedisMetricsAutoConfiguration.class));

    @Test
    void lettuceRecordsCommandLatencyThroughMicrometer() {
        redisRunner.run(context -> {
            assertThat(context).hasBean("tradewatchLettuceLatency");
            assertThat(context.getBean(ClientResources.class).commandLatencyRecorder())
                .isInstanceOf(MicrometerCommandLatencyRecorder.class);
        });
    }

    @Test
    void lettuceInstrumentationBacksOffWithoutLettucesRecorder() {
        redisRunner.withClassLoader(new FilteredClassLoader(MicrometerCommandLatencyRecorder.class))
            .run(context -> assertThat(context).doesNotHaveBean(ClientResourcesBuilderCustomizer.class));
    }

    @Test
    void problemDetailsHandlerReplacesBootsGenericOne() {
        new ReactiveWebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(TradewatchProblemDetailsAutoConfiguration.class,
                    WebFluxAutoConfiguration.class))
            .withPropertyValues("spring.webflux.problemdetails.enabled=true")
            .run(context -> {
                assertThat(context).hasSingleBean(ProblemDetailsHandler.class);
                assertThat(context.getBeansOfType(ResponseEntityExceptionHandler.class)).hasSize(1);
            });
    }

    @Test
    void problemDetailsHandlerIsOnlyForReactiveWebApplications() {
        new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(TradewatchProblemDetailsAutoConfiguration.class))
            .run(context -> assertThat(context).doesNotHaveBean(ProblemDetailsHandler.class));
    }
}
