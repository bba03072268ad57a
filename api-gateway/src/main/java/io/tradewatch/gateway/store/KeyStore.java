package io.tradewatch.gateway.store;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.tradewatch.gateway.config.GatewaySettings;
import io.tradewatch.gateway.domain.ApiKeyRecord;
import io.tradewatch.gateway.domain.ApiKeys;
import io.tradewatch.gateway.domain.Role;

import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * API keys in Redis: {@code gw:keys:<sha256>} is a hash (id, name, role, createdAt, revokedAt) and
 * {@code gw:keys:ids} maps each live key's id to its digest. The key itself is never stored. Issuing and
 * revoking are Lua scripts, so the record and the index never disagree.
 */
@Component
public class KeyStore {

    static final String KEY_PREFIX = "gw:keys:";

    static final String ID_INDEX = KEY_PREFIX + "ids";

    private static final RedisScript<Long> ISSUE = RedisScripts.loadUnchecked("gateway-scripts/issue-key.lua",
            Long.class);

    private static final RedisScript<Long> REVOKE = RedisScripts.loadUnchecked("gateway-scripts/revoke-key.lua",
            Long.class);

    private final ReactiveStringRedisTemplate redis;

    private final Duration revokedRetention;

    KeyStore(ReactiveStringRedisTemplate redis, GatewaySettings settings) {
        this.redis = redis;
        this.revokedRetention = settings.keys().revokedRetention();
    }

    /** The record stored for a key digest, empty when Redis knows no such key. */
    public Mono<Optional<ApiKeyRecord>> find(String digest) {
        return redis.<String, String>opsForHash()
            .entries(KEY_PREFIX + digest)
            .collectMap(Map.Entry::getKey, Map.Entry::getValue)
            .map(KeyStore::toRecord);
    }

    /** Creates a key for {@code name} with {@code role}; the answer holds the key, which is shown only now. */
    public Mono<IssuedKey> issue(String name, Role role) {
        String key = ApiKeys.newKey();
        String digest = ApiKeys.sha256Hex(key);
        ApiKeyRecord record = new ApiKeyRecord(ApiKeys.newId(), name, role, Instant.now(), null);
        List<String> args = List.of(record.id(), name, role.name(), record.createdAt().toString(), digest);
        return redis.execute(ISSUE, List.of(KEY_PREFIX + digest, ID_INDEX), args)
            .next()
            .flatMap(stored -> (stored == 1L) ? Mono.just(new IssuedKey(record, key))
                    : Mono.error(new IllegalStateException("A freshly generated API key collided with a stored one")));
    }

    /** Every live (not revoked) key, oldest first. */
    public Flux<ApiKeyRecord> list() {
        return redis.<String, String>opsForHash()
            .values(ID_INDEX)
            .flatMap(this::find)
            .flatMap(Mono::justOrEmpty)
            .filter(record -> !record.revoked())
            .sort((a, b) -> a.createdAt().compareTo(b.createdAt()));
    }

    /** Revokes the key with this id; false when no live key has it. */
    public Mono<Boolean> revoke(String id) {
        return redis.<String, String>opsForHash()
            .get(ID_INDEX, id)
            .flatMap(digest -> redis
                .execute(REVOKE, List.of(ID_INDEX, KEY_PREFIX + digest),
                        List.of(id, digest, Instant.now().toString(), String.valueOf(revokedRetention.toSeconds())))
                .next())
            .map(revoked -> revoked == 1L)
            .defaultIfEmpty(false);
    }

    private static Optional<ApiKeyRecord> toRecord(Map<String, String> hash) {
        if (hash.isEmpty() || !hash.containsKey("id")) {
            return Optional.empty();
        }
        Optional<Role> role = Role.parse(hash.getOrDefault("role", ""));
        if (role.isEmpty()) {
            return Optional.empty();
        }
        String revokedAt = hash.get("revokedAt");
        return Optional.of(new ApiKeyRecord(hash.get("id"), hash.getOrDefault("name", ""), role.get(),
                Instant.parse(hash.get("createdAt")), (revokedAt != null) ? Instant.parse(revokedAt) : null));
    }

    /** A newly issued key together with its record. */
    public record IssuedKey(ApiKeyRecord record, String key) {
    }
}
