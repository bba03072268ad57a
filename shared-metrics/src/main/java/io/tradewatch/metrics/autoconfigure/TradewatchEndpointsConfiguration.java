package io.tradewatch.metrics.autoconfigure;

import io.micrometer.core.instrument.MeterRegistry;

import io.tradewatch.metrics.endpoint.RecentErrorsEndpoint;
import io.tradewatch.metrics.endpoint.TradingSummaryEndpoint;
import io.tradewatch.metrics.errors.RecentErrors;

import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The {@code tradingsummary} and {@code recenterrors} actuator endpoints, where actuator is present. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(Endpoint.class)
final class TradewatchEndpointsConfiguration {

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnAvailableEndpoint(TradingSummaryEndpoint.class)
    TradingSummaryEndpoint tradingSummaryEndpoint(MeterRegistry registry) {
        return new TradingSummaryEndpoint(registry, TradewatchMetricsAutoConfiguration.COMMON_TAG_KEYS);
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnAvailableEndpoint(RecentErrorsEndpoint.class)
    RecentErrorsEndpoint recentErrorsEndpoint(RecentErrors errors) {
        return new RecentErrorsEndpoint(errors);
    }
}
