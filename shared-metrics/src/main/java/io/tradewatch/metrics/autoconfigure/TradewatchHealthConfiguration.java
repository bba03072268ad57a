package io.tradewatch.metrics.autoconfigure;

import io.tradewatch.metrics.endpoint.ComponentsHealthIndicator;
import io.tradewatch.metrics.health.ComponentHealthRegistry;

import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Shows component health in {@code /actuator/health} as the {@code tradingComponents} contributor. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(HealthIndicator.class)
final class TradewatchHealthConfiguration {

    @Bean
    @ConditionalOnMissingBean(name = "tradingComponentsHealthIndicator")
    ComponentsHealthIndicator tradingComponentsHealthIndicator(ComponentHealthRegistry components) {
        return new ComponentsHealthIndicator(components);
    }
}
