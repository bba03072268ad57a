package io.tradewatch.risk.store;

import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import io.tradewatch.risk.config.RiskProperties;
import io.tradewatch.risk.domain.BreachEvent;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/** The most recent breaches, newest first, in a capped Redis list ({@code risk:breaches}) shared by replicas. */
@Component
public class BreachHistory {

    private static final RedisScript<Long> PUSH = new DefaultRedisScript<>(
            "redis.call('LPUSH', KEYS[1], ARGV[1]); redis.call('LTRIM', KEYS[1], 0, tonumber(ARGV[2]) - 1); return 1",
            Long.class);

    private final StringRedisTemplate redis;

    private final JsonMapper json;

    private final String key;

    private final String capacity;

    BreachHistory(RiskScripts scripts, JsonMapper json, RiskProperties properties) {
        this.redis = scripts.redis();
        this.json = json;
        this.key = scripts.key("breaches");
        this.capacity = Integer.toString(properties.breachHistory());
    }

    public void add(BreachEvent breach) {
        redis.execute(PUSH, List.of(key), json.writeValueAsString(breach), capacity);
    }

    public List<BreachEvent> recent(int count) {
        List<String> stored = redis.opsForList().range(key, 0, count - 1L);
        if (stored == null) {
            return List.of();
        }
        return stored.stream().map(entry -> json.readValue(entry, BreachEvent.class)).toList();
    }
}
