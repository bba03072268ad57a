package io.tradewatch.gateway.store;

import java.time.Duration;
import java.util.List;

import reactor.core.publisher.Flux;

import org.springframework.data.redis.connection.ReactiveRedisConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * The rate limiter's Redis access, bounded: a script that has not answered within the limit fails (the
 * limiter then reports Redis as unavailable) instead of holding the request for Lettuce's command timeout.
 */
final class TimeBoundedRedisTemplate extends ReactiveStringRedisTemplate {

    private final Duration limit;

    TimeBoundedRedisTemplate(ReactiveRedisConnectionFactory connectionFactory, Duration limit) {
        super(connectionFactory);
        this.limit = limit;
    }

    @Override
    public <T> Flux<T> execute(RedisScript<T> script, List<String> keys, List<?> args) {
        return super.execute(script, keys, args).timeout(limit);
    }
}
