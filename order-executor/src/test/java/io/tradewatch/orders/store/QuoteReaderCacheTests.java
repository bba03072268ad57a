package io.tradewatch.orders.store;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.tradewatch.metrics.CacheMetrics;
import io.tradewatch.metrics.MeterFactory;
import io.tradewatch.orders.domain.Quote;
import io.tradewatch.testsupport.LocalServers;
import io.tradewatch.testsupport.RedisDatabases;

import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quote cache's hits and misses counted where they are recorded, on a real Redis (a leased database): a known
 * sequence of present, absent and unreadable quotes gives exact counts.
 */
class QuoteReaderCacheTests {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    private final RedisDatabases databases = new RedisDatabases(LocalServers.fromEnvironment());

    private RedisDatabases.Lease lease;

    private LettuceConnectionFactory connections;

    private StringRedisTemplate redis;

    private QuoteReader reader;

    @BeforeEach
    void connect() {
        LocalServers servers = LocalServers.fromEnvironment();
        lease = databases.lease();
        RedisStandaloneConfiguration configuration = new RedisStandaloneConfiguration(servers.redisHost(),
                servers.redisPort());
        configuration.setDatabase(lease.database());
        connections = new LettuceConnectionFactory(configuration);
        connections.afterPropertiesSet();
        connections.start();
        redis = new StringRedisTemplate(connections);
        reader = new QuoteReader(redis, new CacheMetrics(MeterFactory.withDefaults(registry)));
    }

    @AfterEach
    void disconnect() {
        connections.destroy();
        databases.release(lease);
    }

    @Test
    void theQuotesCacheIsDeclaredAtZero() {
        assertThat(hits()).isEqualTo(0.0);
        assertThat(misses()).isEqualTo(0.0);
    }

    @Test
    void presentQuotesAreHitsAndAbsentOrUnreadableOnesMisses() {
        redis.opsForHash().putAll(Keys.quote("HITUSDT"), Map.of("last", "101.5", "bid", "101.4", "ask", "101.6",
                "size", "2", "seq", "7", "ts", "1767225600000"));
        redis.opsForHash().putAll(Keys.quote("BADUSDT"), Map.of("last", "101.5", "ts", "yesterday"));

        Quote quote = reader.read("HITUSDT");
        assertThat(quote).isEqualTo(new Quote("HITUSDT", new BigDecimal("101.5"), new BigDecimal("101.4"),
                new BigDecimal("101.6"), Instant.ofEpochMilli(1_767_225_600_000L)));
        assertThat(reader.read("HITUSDT")).isEqualTo(quote);
        assertThat(reader.read("NONEUSDT")).isNull();
        assertThat(reader.read("BADUSDT")).isNull();
        assertThat(reader.read("NONEUSDT")).isNull();

        assertThat(hits()).isEqualTo(2.0);
        assertThat(misses()).isEqualTo(3.0);

        assertThat(reader.counted(quote)).isSameAs(quote);
        assertThat(reader.counted(null)).isNull();

        assertThat(hits()).isEqualTo(3.0);
        assertThat(misses()).isEqualTo(4.0);
        assertThat(registry.get("trading.cache.operation").tag("operation", "read").timer().count()).isEqualTo(5);
    }

    private double hits() {
        return registry.get("trading.cache.hits").tag("cache", "quotes").counter().count();
    }

    private double misses() {
        return registry.get("trading.cache.misses").tag("cache", "quotes").counter().count();
    }
}
