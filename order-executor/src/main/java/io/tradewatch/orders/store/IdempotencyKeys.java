package io.tradewatch.orders.store;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/** The idempotency keys of order requests ({@code orders:idem:<key>}), reserved with SET NX. */
@Component
public class IdempotencyKeys {

    private final StringRedisTemplate redis;

    IdempotencyKeys(StringRedisTemplate redis) {
        this.redis = redis;
    }

    /** Reserves the key for {@code lease} if nobody holds it; false when it is already held. */
    public boolean reserve(String key, String value, Duration lease) {
        return Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(Keys.idempotency(key), value, lease));
    }

    /** The key's current value, or null when it does not exist (expired or never set). */
    public @Nullable String current(String key) {
        return redis.opsForValue().get(Keys.idempotency(key));
    }
}
