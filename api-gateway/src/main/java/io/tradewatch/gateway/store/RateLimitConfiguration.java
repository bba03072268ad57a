package io.tradewatch.gateway.store;

import java.io.IOException;
import java.util.List;

import io.tradewatch.gateway.config.GatewaySettings;
import io.tradewatch.metrics.GatewayMetrics;
import io.tradewatch.metrics.health.ComponentHealthRegistry;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.cloud.gateway.config.GatewayProperties;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.cloud.gateway.route.RouteDefinition;
import org.springframework.cloud.gateway.support.ConfigurationService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.ReactiveRedisConnectionFactory;

/**
 * Spring Cloud Gateway's {@link RedisRateLimiter} with one token bucket configuration per role and a
 * time-bounded Redis template, and the rate-limit series of every route declared at zero.
 */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

    /** SCG's token bucket script, read once: SCG's own script bean checks its jar entry on every call. */
    private static final String SCRIPT = "META-INF/scripts/request_rate_limiter.lua";

    @Bean
    RedisRateLimiter redisRateLimiter(ReactiveRedisConnectionFactory connectionFactory,
            ConfigurationService configurationService, GatewaySettings settings) throws IOException {
        TimeBoundedRedisTemplate redis = new TimeBoundedRedisTemplate(connectionFactory,
                settings.rateLimits().redisTimeout());
        RedisRateLimiter limiter = new RedisRateLimiter(redis, RedisScripts.load(SCRIPT, List.class),
                configurationService);
        settings.rateLimits().roles().forEach((role, limit) -> limiter.getConfig()
            .put(RateLimitBuckets.configId(role), new RedisRateLimiter.Config()
                .setReplenishRate(limit.replenishRate())
                .setBurstCapacity(limit.burstCapacity())
                .setRequestedTokens(limit.requestedTokens())));
        return limiter;
    }

    @Bean
    RedisOutageReporter redisOutageReporter(ComponentHealthRegistry components) {
        return new RedisOutageReporter(components.component("rate-limiter"));
    }

    @Bean
    SmartInitializingSingleton rateLimitedRoutesAtZero(GatewayProperties gateway, GatewayMetrics metrics) {
        return () -> metrics.declareRoutes(gateway.getRoutes().stream().map(RouteDefinition::getId).toList());
    }
}
