package io.tradewatch.marketdata.config;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;

import io.tradewatch.marketdata.feed.FeedSettings;
import io.tradewatch.marketdata.service.PipelineSettings;
import io.tradewatch.marketdata.store.CacheSettings;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Configuration of market-data-service ({@code tradewatch.market-data.*}); every setting and its default
 * is listed in {@code docs/services/market-data-service.md}. Bad values stop the start with the property's
 * name.
 *
 * @param symbols the symbols the service knows: the feeds deliver them, validation rejects any other, the
 * REST API answers 404 for any other
 * @param feed which feed runs, and how
 * @param pipeline the channel, batching, confirms and retries
 * @param cache the Redis quote and candle cache
 */
@Validated
@ConfigurationProperties("tradewatch.market-data")
public record MarketDataProperties(
        @DefaultValue({ "BTCUSDT", "ETHUSDT", "BNBUSDT", "SOLUSDT", "XRPUSDT", "ADAUSDT", "DOGEUSDT", "AVAXUSDT",
                "DOTUSDT", "LINKUSDT", "LTCUSDT", "TRXUSDT", "BCHUSDT", "ATOMUSDT", "UNIUSDT", "XLMUSDT", "ETCUSDT",
                "FILUSDT", "NEARUSDT", "APTUSDT" }) @NotEmpty List<@Pattern(regexp = "[A-Z0-9]{2,24}") String> symbols,
        @DefaultValue @Valid FeedSettings feed, @DefaultValue @Valid PipelineSettings pipeline,
        @DefaultValue @Valid CacheSettings cache) {

    public MarketDataProperties {
        List<String> known = symbols.stream().map(symbol -> symbol.trim().toUpperCase(Locale.ROOT)).distinct().toList();
        symbols = known;
        List<String> unknown = feed.simulated().symbols().stream().filter(symbol -> !known.contains(symbol)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("tradewatch.market-data.feed.simulated.symbols names " + unknown
                    + ", which tradewatch.market-data.symbols does not list; validation would reject all their ticks");
        }
    }
}
