package io.tradewatch.alerts.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import io.tradewatch.alerts.config.AlertProperties;
import io.tradewatch.alerts.domain.delivery.DeadLetter;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * The dead-letter list: a hash {@code alerts:dead-letters} (id to JSON) ordered by the sorted set
 * {@code alerts:dead-letters:order}, capped at {@code max-size} (the oldest go first, logged). Taking one for
 * a retry removes it atomically, so two instances never retry the same dead letter.
 */
@Component
public class DeadLetterStore {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterStore.class);

    private static final String HASH = "alerts:dead-letters";

    private static final String ORDER = "alerts:dead-letters:order";

    private static final RedisScript<List> ADD = RedisScript.of("""
            redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
            redis.call('ZADD', KEYS[2], ARGV[3], ARGV[1])
            local dropped = {}
            local excess = redis.call('ZCARD', KEYS[2]) - tonumber(ARGV[4])
            if excess > 0 then
              for i, id in ipairs(redis.call('ZPOPMIN', KEYS[2], excess)) do
                if i % 2 == 1 then redis.call('HDEL', KEYS[1], id); table.insert(dropped, id) end
              end
            end
            return dropped
            """, List.class);

    private static final RedisScript<String> TAKE = RedisScript.of("""
            local body = redis.call('HGET', KEYS[1], ARGV[1])
            if not body then return '' end
            redis.call('HDEL', KEYS[1], ARGV[1])
            redis.call('ZREM', KEYS[2], ARGV[1])
            return body
            """, String.class);

    private final StringRedisTemplate redis;

    private final JsonMapper json;

    private final int maxSize;

    DeadLetterStore(StringRedisTemplate redis, JsonMapper json, AlertProperties properties) {
        this.redis = redis;
        this.json = json;
        this.maxSize = properties.deadLetters().maxSize();
    }

    public void add(DeadLetter letter) {
        List<?> dropped = redis.execute(ADD, List.of(HASH, ORDER), letter.id(), json.writeValueAsString(letter),
                Long.toString(letter.failedAt().toEpochMilli()), Integer.toString(maxSize));
        if (dropped != null && !dropped.isEmpty()) {
            log.warn("Dead-letter list is full ({} kept): dropped the oldest dead letter(s) {}; retry or clear dead letters"
                    + " sooner, or raise tradewatch.alerts.dead-letters.max-size", maxSize, dropped);
        }
    }

    /** The newest dead letters first. */
    public List<DeadLetter> list(int limit) {
        Set<String> ids = redis.opsForZSet().reverseRange(ORDER, 0, limit - 1L);
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        List<Object> bodies = redis.opsForHash().multiGet(HASH, new ArrayList<>(ids));
        return bodies.stream().filter(Objects::nonNull).map(body -> json.readValue(body.toString(), DeadLetter.class))
            .toList();
    }

    /** Removes and returns a dead letter, or empty when there is none of that id (or another instance took it). */
    public Optional<DeadLetter> take(String id) {
        String body = redis.execute(TAKE, List.of(HASH, ORDER), id);
        return (body == null || body.isEmpty()) ? Optional.empty() : Optional.of(json.readValue(body, DeadLetter.class));
    }
}
