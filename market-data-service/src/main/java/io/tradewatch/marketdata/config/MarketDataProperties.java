package io.tradewatch.marketdata.config;

import jakarta.validation.Valid;

import io.tradewatch.marketdata.feed.FeedSettings;
import io.tradewatch.marketdata.service.PipelineSettings;
import io.tradewatch.marketdata.store.CacheSettings;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Configuration of market-data-service ({@code tradewatch.market-data.*}); every setting and its default
 * is listed in {@code docs/services/market-data-service.md}. Bad values stop the start with the property's
 * name. The symbols it serves are those of the shared instrument catalog ({@code tradewatch.instruments}).
 *
 * @param feed which feed runs, and how
 * @param pipeline the channel, batching, confirms and retries
 * @param cache the Redis quote and candle cache
 */
@Validated
@ConfigurationProperties("tradewatch.market-data")
public record MarketDataProperties(
        @DefaultValue @Valid FeedSettings feed, @DefaultValue @Valid PipelineSettings pipeline,
        @DefaultValue @Valid CacheSettings cache) {
}
