package io.tradewatch.marketdata.config;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.tradewatch.marketdata.domain.tick.TickSource;
import io.tradewatch.marketdata.feed.FeedConnection;
import io.tradewatch.marketdata.feed.FeedMonitor;
import io.tradewatch.marketdata.feed.MarketFeed;
import io.tradewatch.marketdata.service.TickIngest;
import io.tradewatch.marketdata.service.TickPipeline;
import io.tradewatch.marketdata.store.MarketCacheWriter;
import io.tradewatch.marketdata.store.RedisKeys;
import io.tradewatch.metrics.CacheMetrics;
import io.tradewatch.metrics.FeedMetrics;
import io.tradewatch.metrics.TickMetrics;

import org.springframework.context.SmartLifecycle;

/**
 * Starts the service's moving parts in order (cache writer, pipeline, monitor, then the feed) and stops
 * them in reverse at shutdown, so that what the feed delivered last is still published and cached before
 * the broker and Redis connections close.
 */
final class MarketDataLifecycle implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MarketDataLifecycle.class);

    private final MarketDataProperties properties;

    private final List<String> symbols;

    private final MarketFeed feed;

    private final FeedMonitor monitor;

    private final TickIngest ingest;

    private final TickPipeline pipeline;

    private final MarketCacheWriter cache;

    private final Meters meters;

    private volatile boolean running;

    /** The recorders whose series are declared at start. */
    record Meters(TickMetrics ticks, CacheMetrics cache, FeedMetrics feed) {
    }

    MarketDataLifecycle(MarketDataProperties properties, List<String> symbols, MarketFeed feed, FeedMonitor monitor,
            TickIngest ingest, TickPipeline pipeline, MarketCacheWriter cache, Meters meters) {
        this.properties = properties;
        this.symbols = List.copyOf(symbols);
        this.feed = feed;
        this.monitor = monitor;
        this.ingest = ingest;
        this.pipeline = pipeline;
        this.cache = cache;
        this.meters = meters;
    }

    @Override
    public void start() {
        meters.ticks().declareSymbols(symbols);
        meters.cache().declareCaches(RedisKeys.QUOTES_CACHE, RedisKeys.CANDLES_CACHE);
        meters.feed().declareSymbols(symbols);
        if (feed.source() == TickSource.WEBSOCKET) {
            meters.feed().declareConnections(feed.connections().stream().map(FeedConnection::name).toList());
        }
        cache.start();
        pipeline.start();
        monitor.start();
        meters.feed().feedStarted(TickIngest.feed(feed.source()));
        feed.start(ingest, monitor);
        running = true;
        log.info("Market data running: {} feed, {} symbols", feed.source().wireName(), symbols.size());
    }

    @Override
    public void stop() {
        running = false;
        feed.stop();
        pipeline.stop(properties.pipeline().drainTimeout());
        monitor.stop();
        cache.stop();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
