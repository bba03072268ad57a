package io.tradewatch.strategy.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

import io.tradewatch.metrics.CacheMetrics;
import io.tradewatch.metrics.catalog.TagValues.CacheOperation;
import io.tradewatch.strategy.domain.Bar;

import org.springframework.data.domain.Range;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads market-data-service's one-minute candles ({@code md:candles:<SYMBOL>:1m}, a sorted set scored by the
 * candle's open time in epoch ms, members {@code {"t","o","h","l","c","v"}} with decimal strings), oldest
 * first. A member that cannot be read is skipped and logged.
 */
@Component
public class CandleSource {

    private static final Logger log = LoggerFactory.getLogger(CandleSource.class);

    private final StringRedisTemplate redis;

    private final ReactiveStringRedisTemplate reactiveRedis;

    private final ObjectReader reader;

    private final CacheMetrics cacheMetrics;

    CandleSource(StringRedisTemplate redis, ReactiveStringRedisTemplate reactiveRedis, JsonMapper json,
            CacheMetrics cacheMetrics) {
        this.redis = redis;
        this.reactiveRedis = reactiveRedis;
        this.reader = json.readerFor(CandleJson.class);
        this.cacheMetrics = cacheMetrics;
    }

    static String key(String symbol) {
        return "md:candles:" + symbol + ":1m";
    }

    /** The newest {@code count} candles, oldest first; blocking (call it off the event loop). */
    public List<Bar> latest(String symbol, int count) {
        if (count <= 0) {
            return List.of();
        }
        long started = System.nanoTime();
        Set<String> members = redis.opsForZSet().reverseRange(key(symbol), 0, count - 1L);
        cacheMetrics.operation(CacheOperation.READ, System.nanoTime() - started);
        List<Bar> bars = new ArrayList<>();
        if (members != null) {
            members.forEach(member -> addParsed(symbol, member, bars));
        }
        Collections.reverse(bars);
        return bars;
    }

    /** Every candle with an open time in {@code [from, to]}, oldest first. */
    public Mono<List<Bar>> between(String symbol, long from, long to) {
        return reactiveRedis.opsForZSet()
            .rangeByScore(key(symbol), Range.closed((double) from, (double) to))
            .collectList()
            .map(members -> {
                List<Bar> bars = new ArrayList<>();
                members.forEach(member -> addParsed(symbol, member, bars));
                return bars;
            });
    }

    private void addParsed(String symbol, String member, List<Bar> bars) {
        try {
            CandleJson candle = reader.readValue(member);
            bars.add(new Bar(candle.t(), Double.parseDouble(candle.o()), Double.parseDouble(candle.h()),
                    Double.parseDouble(candle.l()), Double.parseDouble(candle.c()),
                    (candle.v() != null) ? Double.parseDouble(candle.v()) : 0));
        }
        catch (JacksonException | NumberFormatException | NullPointerException ex) {
            log.warn("Skipped an unreadable candle of {} in {} ({}): market-data-service wrote a member this service"
                    + " cannot read; compare it with docs/events.md", symbol, key(symbol), ex.getMessage());
        }
    }

    /** A stored candle: open time and OHLCV as decimal strings. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record CandleJson(long t, String o, String h, String l, String c, @Nullable String v) {
    }
}
