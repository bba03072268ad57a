package io.tradewatch.metrics.autoconfigure;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;

import io.tradewatch.metrics.AlertMetrics;
import io.tradewatch.metrics.BatchMetrics;
import io.tradewatch.metrics.CacheMetrics;
import io.tradewatch.metrics.FeedMetrics;
import io.tradewatch.metrics.GatewayMetrics;
import io.tradewatch.metrics.MessagingMetrics;
import io.tradewatch.metrics.MeterFactory;
import io.tradewatch.metrics.MetricsMaintenance;
import io.tradewatch.metrics.RiskMetrics;
import io.tradewatch.metrics.SecondsProcessMeters;
import io.tradewatch.metrics.ServiceMetrics;
import io.tradewatch.metrics.StandardMeterConventions;
import io.tradewatch.metrics.TickMetrics;
import io.tradewatch.metrics.TradingMetrics;
import io.tradewatch.metrics.catalog.MeterGroup;
import io.tradewatch.metrics.catalog.MeterSpec;
import io.tradewatch.metrics.catalog.MetricCatalog;
import io.tradewatch.metrics.errors.RecentErrors;
import io.tradewatch.metrics.health.ComponentHealthRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MeterRegistryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

/**
 * Registers the catalog's meters and typed recorders, common tags, the cardinality guard, component
 * health and recent errors, for any application with a {@link MeterRegistry}.
 */
@AutoConfiguration(after = CompositeMeterRegistryAutoConfiguration.class)
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean(MeterRegistry.class)
@ConditionalOnBooleanProperty(name = "tradewatch.metrics.starter.enabled", matchIfMissing = true)
@EnableConfigurationProperties(TradewatchMetricsProperties.class)
@Import({ TradewatchEndpointsConfiguration.class, TradewatchHealthConfiguration.class,
        TradewatchLoggingConfiguration.class })
public final class TradewatchMetricsAutoConfiguration {

    /** The common tags every meter carries; the summary endpoint hides them. */
    static final Set<String> COMMON_TAG_KEYS = Set.of("application", "instance", "version");

    @Bean
    MeterFilter tradewatchCatalogFilter(TradewatchMetricsProperties properties) {
        return MeterFilter.deny(id -> {
            MeterSpec spec = MetricCatalog.byName(id.getName());
            if (spec == null) {
                return false;
            }
            return !properties.enabled()
                    || (spec.group() != MeterGroup.SERVICE && !properties.groups().contains(spec.group()));
        });
    }

    @Bean
    StandardMeterConventions tradewatchStandardMeterConventions() {
        return new StandardMeterConventions();
    }

    @Bean
    SecondsProcessMeters tradewatchSecondsProcessMeters() {
        return new SecondsProcessMeters();
    }

    @Bean
    MeterRegistryCustomizer<MeterRegistry> tradewatchCommonTags(TradewatchMetricsProperties properties,
            Environment environment, ObjectProvider<BuildProperties> build) {
        List<Tag> tags = new ArrayList<>();
        tags.add(Tag.of("application", environment.getProperty("spring.application.name", "unknown")));
        tags.add(Tag.of("instance", instance(properties, environment)));
        tags.add(Tag.of("version", version(build)));
        properties.tags().forEach((key, value) -> tags.add(Tag.of(key, value)));
        return registry -> registry.config().commonTags(tags);
    }

    @Bean
    @ConditionalOnMissingBean
    MeterFactory tradewatchMeterFactory(MeterRegistry registry, TradewatchMetricsProperties properties) {
        return new MeterFactory(registry, properties.cardinality().limit(), properties.cardinality().keptSweeps());
    }

    @Bean
    @ConditionalOnMissingBean
    TickMetrics tickMetrics(MeterFactory meters) {
        return new TickMetrics(meters);
    }

    @Bean
    @ConditionalOnMissingBean
    BatchMetrics batchMetrics(MeterFactory meters) {
        return new BatchMetrics(meters);
    }

    @Bean
    @ConditionalOnMissingBean
    CacheMetrics cacheMetrics(MeterFactory meters) {
        return new CacheMetrics(meters);
    }

    @Bean
    @ConditionalOnMissingBean
    FeedMetrics feedMetrics(MeterFactory meters) {
        return new FeedMetrics(meters);
    }

    @Bean
    @ConditionalOnMissingBean
    MessagingMetrics messagingMetrics(MeterFactory meters) {
        return new MessagingMetrics(meters);
    }

    @Bean
    @ConditionalOnMissingBean
    TradingMetrics tradingMetrics(MeterFactory meters) {
        return new TradingMetrics(meters);
    }

    @Bean
    @ConditionalOnMissingBean
    RiskMetrics riskMetrics(MeterFactory meters) {
        return new RiskMetrics(meters);
    }

    @Bean
    @ConditionalOnMissingBean
    AlertMetrics alertMetrics(MeterFactory meters) {
        return new AlertMetrics(meters);
    }

    @Bean
    @ConditionalOnMissingBean
    GatewayMetrics gatewayMetrics(MeterFactory meters) {
        return new GatewayMetrics(meters);
    }

    @Bean
    @ConditionalOnMissingBean
    ServiceMetrics serviceMetrics(MeterFactory meters, ObjectProvider<BuildProperties> build) {
        return new ServiceMetrics(meters, version(build));
    }

    @Bean
    @ConditionalOnMissingBean
    ComponentHealthRegistry componentHealthRegistry(MeterFactory meters, TradewatchMetricsProperties properties) {
        TradewatchMetricsProperties.Health health = properties.health();
        return new ComponentHealthRegistry(meters, health.activityWindow(), health.errorWindow(),
                health.refreshInterval());
    }

    @Bean
    @ConditionalOnMissingBean
    RecentErrors recentErrors(TradewatchMetricsProperties properties, ServiceMetrics metrics) {
        return new RecentErrors(properties.recentErrors(), metrics);
    }

    @Bean(initMethod = "start", destroyMethod = "close")
    @ConditionalOnMissingBean
    MetricsMaintenance tradewatchMetricsMaintenance(MeterFactory meters, ComponentHealthRegistry components,
            TradewatchMetricsProperties properties) {
        return new MetricsMaintenance(meters, components, properties.cardinality().sweepInterval(),
                properties.health().refreshInterval());
    }

    private static String version(ObjectProvider<BuildProperties> build) {
        BuildProperties properties = build.getIfAvailable();
        return (properties != null && properties.getVersion() != null) ? properties.getVersion() : "unknown";
    }

    private static String instance(TradewatchMetricsProperties properties, Environment environment) {
        if (properties.instance() != null && !properties.instance().isBlank()) {
            return properties.instance();
        }
        String host = System.getenv("HOSTNAME");
        if (host == null || host.isBlank()) {
            try {
                host = InetAddress.getLocalHost().getHostName();
            }
            catch (UnknownHostException ex) {
                host = "localhost";
            }
        }
        String port = environment.getProperty("server.port");
        return (port != null) ? host + ":" + port : host;
    }
}
