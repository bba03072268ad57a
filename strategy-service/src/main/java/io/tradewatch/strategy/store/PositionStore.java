package io.tradewatch.strategy.store;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import reactor.core.publisher.Mono;

import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * Positions of each strategy per symbol, from fills: {@code strategy:positions:<strategyId>} is a hash of
 * symbol to quantity in units of 10^-8 of the base asset (exact integer arithmetic). A fill is applied in the
 * same Lua step that sets its processed marker {@code strategy:fill:<fillId>} (kept 7 days), so a redelivered
 * fill has no second effect.
 */
@Component
public class PositionStore {

    static final int SCALE = 8;

    private static final Duration MARKER_TTL = Duration.ofDays(7);

    private static final RedisScript<Long> APPLY = RedisScript.of("""
            if redis.call('SET', KEYS[2], '1', 'NX', 'EX', ARGV[3]) then
              redis.call('HINCRBY', KEYS[1], ARGV[1], ARGV[2]); return 1
            end
            return 0""", Long.class);

    private final StringRedisTemplate redis;

    private final ReactiveStringRedisTemplate reactiveRedis;

    PositionStore(StringRedisTemplate redis, ReactiveStringRedisTemplate reactiveRedis) {
        this.redis = redis;
        this.reactiveRedis = reactiveRedis;
    }

    static String key(String strategyId) {
        return "strategy:positions:" + strategyId;
    }

    /** Applies a fill once; false if this fill id was applied before. Blocking. */
    public boolean apply(String fillId, String strategyId, String symbol, BigDecimal signedQuantity) {
        long units = signedQuantity.movePointRight(SCALE).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
        Long applied = redis.execute(APPLY, List.of(key(strategyId), "strategy:fill:" + fillId), symbol,
                Long.toString(units), Long.toString(MARKER_TTL.toSeconds()));
        return applied != null && applied == 1L;
    }

    /** The strategy's positions by symbol, as decimal strings in the base asset. */
    public Mono<Map<String, String>> positions(String strategyId) {
        return reactiveRedis.<String, String>opsForHash()
            .entries(key(strategyId))
            .collectMap(Map.Entry::getKey, entry -> decimal(entry.getValue()))
            .map(TreeMap::new);
    }

    static String decimal(String units) {
        BigDecimal value = BigDecimal.valueOf(Long.parseLong(units), SCALE).stripTrailingZeros();
        return (value.signum() == 0) ? "0" : value.toPlainString();
    }
}
