package io.tradewatch.metrics.autoconfigure;

import io.lettuce.core.metrics.MicrometerCommandLatencyRecorder;
import io.lettuce.core.resource.ClientResources;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.redis.autoconfigure.ClientResourcesBuilderCustomizer;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class TradewatchRedisMetricsAutoConfigurationTests {

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
}
