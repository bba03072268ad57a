package io.tradewatch.metrics.autoconfigure;

import java.time.Duration;
import java.util.Arrays;

import io.lettuce.core.metrics.MicrometerCommandLatencyRecorder;
import io.lettuce.core.metrics.MicrometerOptions;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import org.jspecify.annotations.Nullable;

import io.tradewatch.metrics.catalog.MetricCatalog;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.data.redis.autoconfigure.ClientResourcesBuilderCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * Records Lettuce command latency for every service ({@code lettuce_command_completion_seconds} and
 * {@code lettuce_command_firstresponse_seconds}, by command) with Lettuce's own Micrometer recorder and
 * the catalog's network buckets instead of client-side percentiles.
 */
@AutoConfiguration(after = TradewatchMetricsAutoConfiguration.class)
@ConditionalOnClass({ MicrometerCommandLatencyRecorder.class, ClientResourcesBuilderCustomizer.class })
@ConditionalOnBean(MeterRegistry.class)
public final class TradewatchRedisMetricsAutoConfiguration {

    private static final String LETTUCE_PREFIX = "lettuce.command.";

    @Bean
    ClientResourcesBuilderCustomizer tradewatchLettuceLatency(MeterRegistry registry) {
        MicrometerOptions options = MicrometerOptions.builder()
            .enable()
            .histogram(false)
            .targetPercentiles(new double[0])
            .build();
        return builder -> builder.commandLatencyRecorder(new MicrometerCommandLatencyRecorder(registry, options));
    }

    @Bean
    MeterFilter tradewatchLettuceBuckets() {
        double[] nanos = Arrays.stream(MetricCatalog.NETWORK_BUCKETS).map(seconds -> seconds * 1e9).toArray();
        return new MeterFilter() {
            @Override
            public @Nullable DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!id.getName().startsWith(LETTUCE_PREFIX)) {
                    return config;
                }
                return DistributionStatisticConfig.builder()
                    .serviceLevelObjectives(nanos)
                    .expiry(Duration.ofMinutes(2))
                    .build()
                    .merge(config);
            }
        };
    }
}
