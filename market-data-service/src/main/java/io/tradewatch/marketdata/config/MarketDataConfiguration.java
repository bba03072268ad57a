package io.tradewatch.marketdata.config;

import io.tradewatch.marketdata.feed.FeedMonitor;
import io.tradewatch.marketdata.feed.MarketFeed;
import io.tradewatch.marketdata.service.TickIngest;
import io.tradewatch.marketdata.service.TickPipeline;
import io.tradewatch.marketdata.store.MarketCacheWriter;
import io.tradewatch.metrics.CacheMetrics;
import io.tradewatch.metrics.FeedMetrics;
import io.tradewatch.metrics.TickMetrics;
import io.tradewatch.platform.instrument.InstrumentCatalog;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Ties the feature configurations together into one lifecycle. */
@Configuration(proxyBeanMethods = false)
class MarketDataConfiguration {

    @Bean
    MarketDataLifecycle marketDataLifecycle(MarketDataProperties properties, InstrumentCatalog catalog, MarketFeed feed,
            FeedMonitor monitor, TickIngest ingest, TickPipeline pipeline, MarketCacheWriter cache, TickMetrics ticks,
            CacheMetrics caches, FeedMetrics feeds) {
        return new MarketDataLifecycle(properties, catalog.symbols(), feed, monitor, ingest, pipeline, cache,
                new MarketDataLifecycle.Meters(ticks, caches, feeds));
    }
}
