package io.tradewatch.strategy.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import io.tradewatch.strategy.domain.DefinitionDraft;
import io.tradewatch.strategy.domain.DefinitionValidator;
import io.tradewatch.strategy.domain.DefinitionView;
import io.tradewatch.strategy.domain.StrategyDefinition;

import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * Strategy definitions in Redis: {@code strategy:def:<id>} holds a definition's JSON, {@code strategy:defs}
 * the set of ids and {@code strategy:defs:version} a counter every change increments, so replicas notice
 * changes with one GET. Every change is one Lua script, so the definition, the index and the counter never
 * disagree.
 */
@Component
public class DefinitionStore {

    static final String IDS = "strategy:defs";

    static final String VERSION = "strategy:defs:version";

    static final String DEFAULTS_MARKER = "strategy:defaults:created";

    private static final Logger log = LoggerFactory.getLogger(DefinitionStore.class);

    private static final RedisScript<Long> CREATE = RedisScript.of("""
            if redis.call('SET', KEYS[1], ARGV[1], 'NX') then
              redis.call('SADD', KEYS[2], ARGV[2]); redis.call('INCR', KEYS[3]); return 1
            end
            return 0""", Long.class);

    private static final RedisScript<Long> REPLACE = RedisScript.of("""
            if redis.call('SET', KEYS[1], ARGV[1], 'XX') then redis.call('INCR', KEYS[3]); return 1 end
            return 0""", Long.class);

    private static final RedisScript<Long> COMPARE_AND_SET = RedisScript.of("""
            if redis.call('GET', KEYS[1]) == ARGV[2] then
              redis.call('SET', KEYS[1], ARGV[1]); redis.call('INCR', KEYS[3]); return 1
            end
            return 0""", Long.class);

    private static final RedisScript<Long> DELETE = RedisScript.of("""
            if redis.call('DEL', KEYS[1]) == 1 then
              redis.call('SREM', KEYS[2], ARGV[1]); redis.call('INCR', KEYS[3]); return 1
            end
            return 0""", Long.class);

    private static final RedisScript<Long> SEED = RedisScript.of("""
            if not redis.call('SET', KEYS[1], '1', 'NX') then return -1 end
            local n = #KEYS - 3
            local created = 0
            for i = 1, n do
              if redis.call('SET', KEYS[3 + i], ARGV[i], 'NX') then
                redis.call('SADD', KEYS[2], ARGV[n + i]); created = created + 1
              end
            end
            redis.call('INCR', KEYS[3])
            return created""", Long.class);

    private final ReactiveStringRedisTemplate redis;

    private final JsonMapper json;

    DefinitionStore(ReactiveStringRedisTemplate redis, JsonMapper json) {
        this.redis = redis;
        this.json = json;
    }

    static String key(String id) {
        return "strategy:def:" + id;
    }

    /** Every stored definition, by id; one that no longer validates is skipped and logged. */
    public Mono<List<StrategyDefinition>> findAll() {
        return redis.opsForSet().members(IDS).collectList().flatMap(ids -> {
            if (ids.isEmpty()) {
                return Mono.just(List.<StrategyDefinition>of());
            }
            List<String> keys = ids.stream().map(DefinitionStore::key).toList();
            return redis.opsForValue().multiGet(keys).map(values -> {
                List<StrategyDefinition> definitions = new ArrayList<>();
                for (int i = 0; i < ids.size(); i++) {
                    String value = values.get(i);
                    if (value != null) {
                        parse(ids.get(i), value).ifPresent(definitions::add);
                    }
                }
                definitions.sort(Comparator.comparing(StrategyDefinition::id));
                return definitions;
            });
        });
    }

    public Mono<StrategyDefinition> find(String id) {
        return redis.opsForValue().get(key(id)).flatMap(value -> Mono.justOrEmpty(parse(id, value)));
    }

    /** The stored JSON of a definition, for a compare-and-set. */
    public Mono<String> findRaw(String id) {
        return redis.opsForValue().get(key(id));
    }

    /** Stores a new definition; false if the id is taken. */
    public Mono<Boolean> create(StrategyDefinition definition) {
        return run(CREATE, definition.id(), serialize(definition), definition.id());
    }

    /** Replaces an existing definition; false if there is none. */
    public Mono<Boolean> replace(StrategyDefinition definition) {
        return run(REPLACE, definition.id(), serialize(definition), definition.id());
    }

    /** Replaces a definition only if it is still {@code expectedJson}. */
    public Mono<Boolean> compareAndSet(StrategyDefinition definition, String expectedJson) {
        return run(COMPARE_AND_SET, definition.id(), serialize(definition), expectedJson);
    }

    public Mono<Boolean> delete(String id) {
        return run(DELETE, id, id, id);
    }

    /** Creates the defaults unless any replica did so before; returns how many were created, -1 if skipped. */
    public Mono<Long> seedDefaults(List<StrategyDefinition> defaults) {
        List<String> keys = new ArrayList<>(List.of(DEFAULTS_MARKER, IDS, VERSION));
        List<String> args = new ArrayList<>();
        defaults.forEach(definition -> keys.add(key(definition.id())));
        defaults.forEach(definition -> args.add(serialize(definition)));
        defaults.forEach(definition -> args.add(definition.id()));
        return redis.execute(SEED, keys, args).next();
    }

    /** The change counter; 0 before the first change. */
    public Mono<Long> version() {
        return redis.opsForValue().get(VERSION).map(Long::parseLong).defaultIfEmpty(0L);
    }

    String serialize(StrategyDefinition definition) {
        return json.writeValueAsString(DefinitionView.of(definition));
    }

    private Mono<Boolean> run(RedisScript<Long> script, String id, String first, String second) {
        return redis.execute(script, List.of(key(id), IDS, VERSION), List.of(first, second))
            .next()
            .map(result -> result == 1L);
    }

    private Optional<StrategyDefinition> parse(String id, String value) {
        try {
            DefinitionDraft draft = json.readValue(value, DefinitionDraft.class);
            return switch (DefinitionValidator.validate(draft, id)) {
                case DefinitionValidator.Valid valid -> Optional.of(valid.definition());
                case DefinitionValidator.Invalid invalid -> {
                    log.error("Stored strategy {} is invalid ({}); it is ignored until it is replaced with PUT"
                            + " /api/strategies/{}", id, invalid.problems(), id);
                    yield Optional.empty();
                }
            };
        }
        catch (JacksonException ex) {
            log.error("Stored strategy {} is not readable JSON ({}); it is ignored until it is replaced with PUT"
                    + " /api/strategies/{}", id, ex.getOriginalMessage(), id);
            return Optional.empty();
        }
    }
}
