package io.tradewatch.marketdata.config;

import io.tradewatch.marketdata.domain.tick.TickValidator;
import io.tradewatch.marketdata.service.TickChannel;
import io.tradewatch.marketdata.service.TickIngest;
import io.tradewatch.marketdata.service.TickPipeline;
import io.tradewatch.marketdata.service.TickValidation;
import io.tradewatch.metrics.BatchMetrics;
import io.tradewatch.metrics.FeedMetrics;
import io.tradewatch.metrics.TickMetrics;
import io.tradewatch.metrics.health.ComponentHealthRegistry;
import io.tradewatch.platform.instrument.InstrumentCatalog;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The channel, the ingest feeds deliver to, and the worker between them and the publisher and cache. */
@Configuration(proxyBeanMethods = false)
class PipelineConfiguration {

    /** The name of the channel in {@code trading_channel_*} gauges. */
    static final String CHANNEL = "ticks";

    @Bean
    TickChannel tickChannel(MarketDataProperties properties, TickMetrics ticks) {
        TickChannel channel = new TickChannel(properties.pipeline().channelCapacity());
        ticks.bindChannel(CHANNEL, channel, TickChannel::size, channel.capacity());
        return channel;
    }

    @Bean
    TickIngest tickIngest(TickChannel channel, TickMetrics ticks, FeedMetrics feeds,
            ComponentHealthRegistry components) {
        return new TickIngest(channel, ticks, feeds, components.component("feed"));
    }

    @Bean
    TickPipeline tickPipeline(MarketDataProperties properties, InstrumentCatalog catalog, TickChannel channel,
            TickMetrics ticks, FeedMetrics feeds, BatchMetrics batches, TickPipeline.BatchPublisher publisher,
            TickPipeline.CacheSink cache) {
        TickValidation validation = new TickValidation(new TickValidator(catalog.symbols()), ticks, feeds);
        return new TickPipeline(channel, validation, publisher, cache, ticks, batches,
                properties.pipeline().batchSize());
    }
}
