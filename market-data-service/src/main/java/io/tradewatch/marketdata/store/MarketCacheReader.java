package io.tradewatch.marketdata.store;

import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import io.tradewatch.metrics.CacheMetrics;
import io.tradewatch.metrics.catalog.TagValues.CacheOperation;

import org.springframework.data.domain.Range;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/** Reads quotes and candles back from Redis for the REST API, counting hits and misses per cache. */
public final class MarketCacheReader {

    private final ReactiveStringRedisTemplate redis;

    private final JsonMapper json;

    private final CacheMetrics metrics;

    public MarketCacheReader(ReactiveStringRedisTemplate redis, JsonMapper json, CacheMetrics metrics) {
        this.redis = redis;
        this.json = json;
        this.metrics = metrics;
    }

    /** The symbol's quote, or empty when none is stored yet. */
    public Mono<Quote> quote(String symbol) {
        long started = System.nanoTime();
        return redis.<String, String>opsForHash()
            .entries(RedisKeys.quote(symbol))
            .collectMap(entry -> entry.getKey(), entry -> entry.getValue())
            .filter(fields -> !fields.isEmpty())
            .map(fields -> Quote.of(symbol, fields))
            .doOnSuccess(quote -> record(RedisKeys.QUOTES_CACHE, quote != null, started));
    }

    /** The quotes of those symbols that have one, in the given order. */
    public Flux<Quote> quotes(List<String> symbols) {
        return Flux.fromIterable(symbols).flatMapSequential(this::quote);
    }

    /** The symbol's newest {@code limit} candles, oldest first. */
    public Mono<List<CandleView>> candles(String symbol, int limit) {
        long started = System.nanoTime();
        return redis.opsForZSet()
            .range(RedisKeys.candles(symbol), Range.closed(-(long) limit, -1L))
            .map(member -> json.readValue(member, CandleView.class))
            .collectList()
            .doOnSuccess(candles -> record(RedisKeys.CANDLES_CACHE, candles != null && !candles.isEmpty(), started));
    }

    private void record(String cache, boolean found, long startedNanos) {
        metrics.operation(CacheOperation.READ, System.nanoTime() - startedNanos);
        if (found) {
            metrics.hit(cache);
        }
        else {
            metrics.miss(cache);
        }
    }
}
