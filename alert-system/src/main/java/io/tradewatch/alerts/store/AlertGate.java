package io.tradewatch.alerts.store;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.tradewatch.alerts.config.AlertProperties;
import io.tradewatch.alerts.domain.AlertCandidate;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * The deduplication shared by all instances, one atomic Lua step per alert: a receipt ({@code SET NX PX})
 * drops redeliveries, a cooldown key ({@code SET NX PX}) lets one firing per fingerprint through per cooldown,
 * and a firing marker lets exactly one resolution through ({@code GET} + {@code DEL}). Two replicas raising
 * the same alert at once therefore send it once.
 */
@Component
public class AlertGate {

    static final String PREFIX = "alerts:";

    private static final RedisScript<List> ADMIT = RedisScript.of("""
            if ARGV[6] == '1' and not redis.call('SET', KEYS[1], ARGV[2], 'NX', 'PX', ARGV[4]) then
              return {'duplicate', ''}
            end
            if ARGV[1] == 'firing' then
              if tonumber(ARGV[3]) > 0 and not redis.call('SET', KEYS[2], ARGV[2], 'NX', 'PX', ARGV[3]) then
                return {'cooldown', ''}
              end
              redis.call('SET', KEYS[3], ARGV[2], 'PX', ARGV[5])
              return {'send', ''}
            end
            local firing = redis.call('GET', KEYS[3])
            if not firing then
              return {'inactive', ''}
            end
            redis.call('DEL', KEYS[3])
            return {'send', firing}
            """, List.class);

    private static final RedisScript<Long> RELEASE = RedisScript.of("""
            if ARGV[5] == '1' and redis.call('GET', KEYS[1]) == ARGV[2] then redis.call('DEL', KEYS[1]) end
            if ARGV[1] == 'firing' then
              if redis.call('GET', KEYS[2]) == ARGV[2] then redis.call('DEL', KEYS[2]) end
              if redis.call('GET', KEYS[3]) == ARGV[2] then redis.call('DEL', KEYS[3]) end
            elseif ARGV[3] ~= '' then
              redis.call('SET', KEYS[3], ARGV[3], 'NX', 'PX', ARGV[4])
            end
            return 1
            """, Long.class);

    private final StringRedisTemplate redis;

    private final AlertProperties.Dedup dedup;

    AlertGate(StringRedisTemplate redis, AlertProperties properties) {
        this.redis = redis;
        this.dedup = properties.dedup();
    }

    /** Loads the scripts into Redis's script cache, so the first alert after a start pays no extra round trip. */
    public void preload() {
        Scripts.preload(redis, ADMIT, RELEASE);
    }

    /** Decides whether {@code candidate}, to be recorded as {@code alertId}, is sent. */
    public Decision admit(AlertCandidate candidate, String alertId) {
        List<?> answer = redis.execute(ADMIT, keys(candidate), candidate.status().wireName(), alertId,
                Long.toString(candidate.cooldown().toMillis()), millis(dedup.receiptTtl()), millis(dedup.activeTtl()),
                (candidate.receipt() != null) ? "1" : "0");
        if (answer == null || answer.size() < 2) {
            throw new IllegalStateException("Redis returned no answer to the alert gate for " + candidate.fingerprint());
        }
        String firingId = String.valueOf(answer.get(1));
        return new Decision(Verdict.of(String.valueOf(answer.get(0))), firingId.isEmpty() ? null : firingId);
    }

    /** Undoes an admission whose alert could not be recorded or was refused later, so it can come again. */
    public void release(AlertCandidate candidate, String alertId, @Nullable String firingId) {
        redis.execute(RELEASE, keys(candidate), candidate.status().wireName(), alertId,
                (firingId != null) ? firingId : "", millis(dedup.activeTtl()), (candidate.receipt() != null) ? "1" : "0");
    }

    private static List<String> keys(AlertCandidate candidate) {
        String receipt = (candidate.receipt() != null) ? candidate.receipt() : "none";
        return List.of(PREFIX + "receipt:" + receipt, PREFIX + "cooldown:" + candidate.fingerprint(),
                PREFIX + "active:" + candidate.fingerprint());
    }

    private static String millis(Duration duration) {
        return Long.toString(duration.toMillis());
    }

    /** The gate's verdict and, for a resolution, the id of the firing alert it closes. */
    public record Decision(Verdict verdict, @Nullable String firingId) {
    }
}
