package io.tradewatch.alerts.store;

import java.util.List;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import io.tradewatch.alerts.config.AlertProperties;
import io.tradewatch.alerts.domain.rules.RuleResource;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/** Rules in the Redis hash {@code alerts:rules} (id to JSON); creating checks the rule limit atomically. */
@Component
public class RuleStore {

    static final String KEY = "alerts:rules";

    private static final RedisScript<Long> CREATE = RedisScript.of("""
            if redis.call('HLEN', KEYS[1]) >= tonumber(ARGV[3]) then return 0 end
            return redis.call('HSETNX', KEYS[1], ARGV[1], ARGV[2])
            """, Long.class);

    private static final RedisScript<Long> REPLACE = RedisScript.of("""
            if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 0 then return 0 end
            redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
            return 1
            """, Long.class);

    private final StringRedisTemplate redis;

    private final JsonMapper json;

    private final int maxRules;

    RuleStore(StringRedisTemplate redis, JsonMapper json, AlertProperties properties) {
        this.redis = redis;
        this.json = json;
        this.maxRules = properties.rules().maxRules();
    }

    public List<RuleResource> all() {
        return redis.<String, String>opsForHash().values(KEY).stream().map(this::read).toList();
    }

    public Optional<RuleResource> get(String id) {
        return Optional.ofNullable(redis.<String, String>opsForHash().get(KEY, id)).map(this::read);
    }

    /** Stores a new rule; {@code false} when the limit of rules is reached. */
    public boolean create(RuleResource rule) {
        Long created = redis.execute(CREATE, List.of(KEY), rule.id(), json.writeValueAsString(rule),
                Integer.toString(maxRules));
        return created != null && created == 1;
    }

    /** Replaces an existing rule; {@code false} when there is none of that id. */
    public boolean replace(RuleResource rule) {
        Long replaced = redis.execute(REPLACE, List.of(KEY), rule.id(), json.writeValueAsString(rule));
        return replaced != null && replaced == 1;
    }

    public boolean delete(String id) {
        Long deleted = redis.opsForHash().delete(KEY, id);
        return deleted != null && deleted > 0;
    }

    public int maxRules() {
        return maxRules;
    }

    private RuleResource read(String body) {
        return json.readValue(body, RuleResource.class);
    }
}
