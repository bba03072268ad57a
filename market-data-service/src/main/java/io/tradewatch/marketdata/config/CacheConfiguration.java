package io.tradewatch.marketdata.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import io.lettuce.core.RedisURI;
import io.lettuce.core.resource.ClientResources;
import tools.jackson.databind.json.JsonMapper;

import io.tradewatch.marketdata.store.MarketCacheReader;
import io.tradewatch.marketdata.store.MarketCacheWriter;
import io.tradewatch.metrics.CacheMetrics;
import io.tradewatch.metrics.health.ComponentHealthRegistry;

import org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/** The cache writer (its own Lettuce connection, from Boot's connection details) and the reader. */
@Configuration(proxyBeanMethods = false)
class CacheConfiguration {

    private static final String CANDLE_SCRIPT = "redis/merge-candles.lua";

    @Bean
    MarketCacheWriter marketCacheWriter(DataRedisConnectionDetails redis, ClientResources resources,
            CacheMetrics metrics, ComponentHealthRegistry components, MarketDataProperties properties) {
        return new MarketCacheWriter(resources, uri(redis), script(), metrics, components.component("cache"),
                properties.cache());
    }

    @Bean
    MarketCacheReader marketCacheReader(ReactiveStringRedisTemplate redis, JsonMapper json, CacheMetrics metrics) {
        return new MarketCacheReader(redis, json, metrics);
    }

    static RedisURI uri(DataRedisConnectionDetails redis) {
        DataRedisConnectionDetails.Standalone standalone = redis.getStandalone();
        if (standalone == null) {
            throw new IllegalStateException("market-data-service writes its cache to a standalone Redis: set"
                    + " spring.data.redis.host/port (or url); Sentinel and Cluster set-ups are not supported");
        }
        RedisURI.Builder uri = RedisURI.builder()
            .withHost(standalone.getHost())
            .withPort(standalone.getPort())
            .withDatabase(standalone.getDatabase())
            .withClientName("market-data-cache-writer");
        String password = redis.getPassword();
        if (password != null) {
            String username = redis.getUsername();
            uri = (username != null) ? uri.withAuthentication(username, password.toCharArray())
                    : uri.withPassword(password.toCharArray());
        }
        return uri.build();
    }

    private static String script() {
        try {
            return new ClassPathResource(CANDLE_SCRIPT).getContentAsString(StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("The candle script " + CANDLE_SCRIPT + " is missing from the build", ex);
        }
    }
}
