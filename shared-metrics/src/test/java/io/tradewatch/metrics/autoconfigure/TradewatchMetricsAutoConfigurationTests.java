package io.tradewatch.metrics.autoconfigure;

import ch.qos.logback.classic.LoggerContext;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import io.tradewatch.metrics.MeterFactory;
import io.tradewatch.metrics.TickMetrics;
import io.tradewatch.metrics.endpoint.RecentErrorsEndpoint;
import io.tradewatch.metrics.endpoint.TradingSummaryEndpoint;
import io.tradewatch.metrics.health.ComponentHealthRegistry;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class TradewatchMetricsAutoConfigurationTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(MetricsAutoConfiguration.class,
                CompositeMeterRegistryAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class,
                TradewatchMetricsAutoConfiguration.class))
        .withPropertyValues("spring.application.name=test-service", "tradewatch.metrics.instance=test-1");

    @Test
    void backsOffWithoutAMeterRegistry() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(TradewatchMetricsAutoConfiguration.class))
            .run(context -> assertThat(context).doesNotHaveBean(MeterFactory.class).doesNotHaveBean(TickMetrics.class));
    }

    @Test
    void registersTheMetersOfTheEnabledGroupsOnly() {
        contextRunner.withPropertyValues("tradewatch.metrics.groups=ticks").run(context -> {
            MeterRegistry registry = context.getBean(MeterRegistry.class);
            assertThat(context).hasSingleBean(TickMetrics.class).hasSingleBean(ComponentHealthRegistry.class);
            assertThat(registry.find("trading.ticks.dropped").tag("reason", "channel_full").counter()).isNotNull();
            assertThat(registry.find("trading.uptime").gauge()).as("service group is always on").isNotNull();
            assertThat(registry.find("trading.risk.checks").counter()).isNull();
        });
    }

    @Test
    void disabledByPropertyTurnsCatalogMetersIntoNoOps() {
        contextRunner.withPropertyValues("tradewatch.metrics.groups=ticks", "tradewatch.metrics.enabled=false")
            .run(context -> {
                context.getBean(TickMetrics.class).received("BTCUSDT");
                MeterRegistry registry = context.getBean(MeterRegistry.class);
                assertThat(registry.find("trading.ticks.received").counter()).isNull();
                assertThat(registry.find("trading.uptime").gauge()).isNull();
            });
    }

    @Test
    void theWholeStarterCanBeSwitchedOff() {
        contextRunner.withPropertyValues("tradewatch.metrics.starter.enabled=false")
            .run(context -> assertThat(context).doesNotHaveBean(MeterFactory.class));
    }

    @Test
    void aUserDefinedRecorderWins() {
        contextRunner.withUserConfiguration(UserRecorderConfiguration.class)
            .run(context -> assertThat(context.getBean(TickMetrics.class))
                .isSameAs(context.getBean(UserRecorderConfiguration.class).ticks));
    }

    @Test
    void commonTagsComeFromConfiguration() {
        contextRunner.withPropertyValues("tradewatch.metrics.groups=risk", "tradewatch.metrics.tags.region=eu-1")
            .run(context -> {
                MeterRegistry registry = context.getBean(MeterRegistry.class);
                assertThat(registry.get("trading.risk.checks")
                    .tags("application", "test-service", "instance", "test-1", "version", "unknown", "region", "eu-1")
                    .counters()).hasSize(2);
            });
    }

    @Test
    void badConfigurationFailsAtStartupSayingWhatIsWrong() {
        contextRunner.withPropertyValues("tradewatch.metrics.cardinality.limit=0").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                .hasMessageContaining("tradewatch.metrics.cardinality.limit must be at least 1");
        });
    }

    @Test
    void endpointsNeedActuatorOnTheClasspath() {
        contextRunner.withPropertyValues("management.endpoints.web.exposure.include=*")
            .run(context -> assertThat(context).hasSingleBean(TradingSummaryEndpoint.class)
                .hasSingleBean(RecentErrorsEndpoint.class));
        contextRunner.withClassLoader(new FilteredClassLoader(Endpoint.class))
            .run(context -> assertThat(context).doesNotHaveBean(TradingSummaryEndpoint.class)
                .hasSingleBean(TickMetrics.class));
    }

    @Test
    void errorLogsAreCountedOnlyWithLogback() {
        contextRunner.run(context -> assertThat(context)
            .hasSingleBean(TradewatchLoggingConfiguration.ErrorLogRegistration.class));
        contextRunner.withClassLoader(new FilteredClassLoader(LoggerContext.class))
            .run(context -> assertThat(context).doesNotHaveBean(TradewatchLoggingConfiguration.ErrorLogRegistration.class));
    }

    @Configuration(proxyBeanMethods = false)
    static class UserRecorderConfiguration {

        final TickMetrics ticks = new TickMetrics(MeterFactory.withDefaults(new SimpleMeterRegistry()));

        @Bean
        TickMetrics userTickMetrics() {
            return ticks;
        }
    }
}
