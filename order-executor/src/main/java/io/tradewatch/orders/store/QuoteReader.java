package io.tradewatch.orders.store;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.tradewatch.metrics.CacheMetrics;
import io.tradewatch.metrics.catalog.TagValues.CacheOperation;
import io.tradewatch.orders.domain.Quote;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the latest quote market-data-service keeps in {@code md:quote:<SYMBOL>} (a hash of last, bid, ask,
 * size, seq and ts in epoch ms); a missing or unreadable quote is a cache miss.
 */
@Component
public class QuoteReader {

    static final String CACHE = "quotes";

    private final StringRedisTemplate redis;

    private final CacheMetrics metrics;

    QuoteReader(StringRedisTemplate redis, CacheMetrics metrics) {
        this.redis = redis;
        this.metrics = metrics;
        metrics.declareCaches(CACHE);
    }

    /** The symbol's quote, or null when there is none (or it cannot be read as numbers). */
    public @Nullable Quote read(String symbol) {
        long started = System.nanoTime();
        Map<Object, Object> fields = redis.opsForHash().entries(Keys.quote(symbol));
        metrics.operation(CacheOperation.READ, System.nanoTime() - started);
        Quote quote = parse(symbol, fields);
        if (quote == null) {
            metrics.miss(CACHE);
        }
        else {
            metrics.hit(CACHE);
        }
        return quote;
    }

    /** Counts a quote read together with other data (see {@link PortfolioStore#fillContext}) as a hit or miss. */
    public @Nullable Quote counted(@Nullable Quote quote) {
        if (quote == null) {
            metrics.miss(CACHE);
        }
        else {
            metrics.hit(CACHE);
        }
        return quote;
    }

    static @Nullable Quote parse(String symbol, Map<Object, Object> fields) {
        Object ts = fields.get("ts");
        if (ts == null) {
            return null;
        }
        try {
            return new Quote(symbol, decimal(fields.get("last")), decimal(fields.get("bid")), decimal(fields.get("ask")),
                    Instant.ofEpochMilli(Long.parseLong(ts.toString())));
        }
        catch (NumberFormatException ex) {
            return null;
        }
    }

    private static @Nullable BigDecimal decimal(@Nullable Object value) {
        return (value == null || value.toString().isBlank()) ? null : new BigDecimal(value.toString());
    }
}
