package io.tradewatch.marketdata.store;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.resource.ClientResources;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.tradewatch.marketdata.domain.tick.Tick;
import io.tradewatch.marketdata.service.ThrottledLog;
import io.tradewatch.marketdata.service.TickPipeline;
import io.tradewatch.metrics.CacheMetrics;
import io.tradewatch.metrics.catalog.TagValues.CacheOperation;
import io.tradewatch.metrics.health.ComponentHealth;
import io.tradewatch.metrics.health.ComponentStatus;

/**
 * Writes quotes and candles to Redis on its own thread and its own connection, so a slow or absent Redis
 * never holds up publishing. Each write is one pipeline (one flush): an {@code HSET} per symbol's latest
 * quote and one candle script call per symbol. While Redis is unreachable updates are held and coalesced
 * (commands are refused, not queued, while disconnected, so nothing is applied twice or late).
 */
public final class MarketCacheWriter implements TickPipeline.CacheSink {

    private static final Logger log = LoggerFactory.getLogger(MarketCacheWriter.class);

    private final RedisClient client;

    private final PipelinedWrite write;

    private final PendingUpdates pending = new PendingUpdates();

    private final CacheMetrics metrics;

    private final ComponentHealth health;

    private final CacheSettings settings;

    private final ThrottledLog failures = new ThrottledLog(MarketCacheWriter.class);

    private @Nullable StatefulRedisConnection<String, String> connection;

    private @Nullable Thread thread;

    public MarketCacheWriter(ClientResources resources, RedisURI uri, String candleScript, CacheMetrics metrics,
            ComponentHealth health, CacheSettings settings) {
        this.client = RedisClient.create(resources, uri);
        this.client.setOptions(ClientOptions.builder()
            .autoReconnect(true)
            .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
            .socketOptions(SocketOptions.builder().connectTimeout(settings.writeTimeout()).build())
            .timeoutOptions(TimeoutOptions.enabled(settings.writeTimeout()))
            .build());
        this.write = new PipelinedWrite(candleScript, settings.candleRetention(), settings.writeTimeout());
        this.metrics = metrics;
        this.health = health;
        this.settings = settings;
    }

    @Override
    public void submit(List<Tick> ticks) {
        pending.add(ticks);
    }

    public synchronized void start() {
        if (thread == null) {
            Thread writer = new Thread(this::run, "md-cache-writer");
            writer.setDaemon(true);
            thread = writer;
            writer.start();
        }
    }

    /** Writes what is pending, then closes the connection. */
    public synchronized void stop() {
        pending.close();
        Thread writer = thread;
        thread = null;
        try {
            if (writer != null) {
                writer.join(settings.writeTimeout().multipliedBy(2).toMillis());
                writer.interrupt();
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }

    private void run() {
        try {
            for (PendingUpdates.Batch batch = pending.take(); batch != null; batch = pending.take()) {
                if (!writeOrHold(batch)) {
                    TimeUnit.MILLISECONDS.sleep(settings.retryInterval().toMillis());
                }
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    /** Writes the batch; false when Redis is unreachable and the batch was put back. */
    private boolean writeOrHold(PendingUpdates.Batch batch) {
        StatefulRedisConnection<String, String> open = connection();
        if (open == null || !open.isOpen()) {
            pending.restore(batch);
            unreachable(batch);
            return false;
        }
        long started = System.nanoTime();
        PipelinedWrite.Outcome outcome = write.run(open, batch);
        metrics.operation(CacheOperation.PIPELINE, System.nanoTime() - started);
        record(outcome);
        return true;
    }

    private void record(PipelinedWrite.Outcome outcome) {
        countFailures(outcome.failedQuotes(), outcome.failedCandles());
        if (outcome.failure() == null) {
            health.success();
            if (health.status() != ComponentStatus.UP) {
                health.up();
            }
            return;
        }
        health.failure();
        health.degraded("cache writes fail: " + outcome.failure());
        failures.warn("Redis cache write failed for {} quote(s) and {} candle key(s): {}. Quotes heal with each symbol's"
                + " next tick; the candle updates of this write are lost (counted in"
                + " trading_cache_update_failures_total). Check Redis.", outcome.failedQuotes(),
                outcome.failedCandles(), outcome.failure());
    }

    private void countFailures(int quotes, int candles) {
        if (quotes > 0) {
            metrics.updateFailed(RedisKeys.QUOTES_CACHE);
        }
        if (candles > 0) {
            metrics.updateFailed(RedisKeys.CANDLES_CACHE);
        }
    }

    private void unreachable(PendingUpdates.Batch batch) {
        countFailures(batch.quotes().size(), batch.candleWrites());
        health.failure();
        health.down("Redis is unreachable");
        failures.warn("Redis is unreachable: {} quote(s) and candles of {} symbol(s) are held in memory (newer quotes"
                + " replace older ones) and written once it answers; retrying every {}. Ticks are still published."
                + " Check Redis (readiness shows redis).", batch.quotes().size(), batch.candleWrites(),
                settings.retryInterval());
    }

    private @Nullable StatefulRedisConnection<String, String> connection() {
        if (connection == null) {
            StatefulRedisConnection<String, String> opened = null;
            try {
                opened = client.connect(StringCodec.UTF8);
                write.prepare(opened);
                opened.setAutoFlushCommands(false);
                connection = opened;
                log.info("Cache writer connected to Redis");
            }
            catch (RedisException ex) {
                if (opened != null) {
                    opened.closeAsync();
                }
                return null;
            }
        }
        return connection;
    }
}
