package io.tradewatch.strategy.store;

import java.time.Duration;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;

import io.tradewatch.metrics.CacheMetrics;
import io.tradewatch.metrics.catalog.TagValues.CacheOperation;
import io.tradewatch.strategy.config.StrategyProperties;

import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.Limit;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.connection.stream.StreamRecords;
import org.springframework.data.redis.connection.RedisStreamCommands.XAddOptions;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * The Redis side of signals: a once-only marker per signal id ({@code strategy:signal:<id>}, kept a day) and
 * the capped stream of recent signals ({@code strategy:signals}, field {@code event} holding the message body).
 */
@Component
public class SignalLog {

    static final String STREAM = "strategy:signals";

    private static final Duration MARKER_TTL = Duration.ofDays(1);

    private static final Logger log = LoggerFactory.getLogger(SignalLog.class);

    private final StringRedisTemplate redis;

    private final ReactiveStringRedisTemplate reactiveRedis;

    private final CacheMetrics cacheMetrics;

    private final long maxLength;

    SignalLog(StringRedisTemplate redis, ReactiveStringRedisTemplate reactiveRedis, CacheMetrics cacheMetrics,
            StrategyProperties properties) {
        this.redis = redis;
        this.reactiveRedis = reactiveRedis;
        this.cacheMetrics = cacheMetrics;
        this.maxLength = properties.signalsMaxLength();
    }

    /**
     * Claims a signal id; false if it was claimed before. If Redis cannot be reached the signal is published
     * anyway (consumers deduplicate by id), because a lost signal is worse than a repeated one.
     */
    public boolean claim(String id) {
        try {
            Boolean claimed = redis.opsForValue().setIfAbsent("strategy:signal:" + id, "1", MARKER_TTL);
            return !Boolean.FALSE.equals(claimed);
        }
        catch (RuntimeException ex) {
            log.warn("Could not check signal {} against Redis ({}); publishing it, consumers deduplicate by id", id,
                    ex.getMessage());
            return true;
        }
    }

    /** Frees a claim whose publish failed, so that a redelivery of the same tick may publish it. */
    public void release(String id) {
        try {
            redis.delete("strategy:signal:" + id);
        }
        catch (RuntimeException ex) {
            log.warn("Could not release the claim of unpublished signal {} ({})", id, ex.getMessage());
        }
    }

    /** Appends a published signal's body to the capped stream; a failure only costs the history entry. */
    public void append(String body) {
        long started = System.nanoTime();
        try {
            MapRecord<String, String, String> entry = StreamRecords.newRecord().in(STREAM).ofMap(Map.of("event", body));
            redis.opsForStream().add(entry, XAddOptions.maxlen(maxLength).approximateTrimming(true));
            cacheMetrics.operation(CacheOperation.WRITE, System.nanoTime() - started);
        }
        catch (RuntimeException ex) {
            cacheMetrics.updateFailed("signals");
            log.warn("Signal was published but not added to {} ({}): GET /api/signals will miss it; check Redis",
                    STREAM, ex.getMessage());
        }
    }

    /** The newest {@code limit} signal bodies, newest first. */
    public Flux<String> recent(int limit) {
        return reactiveRedis.opsForStream()
            .reverseRange(STREAM, Range.unbounded(), Limit.limit().count(limit))
            .map(record -> String.valueOf(record.getValue().get("event")));
    }

}
