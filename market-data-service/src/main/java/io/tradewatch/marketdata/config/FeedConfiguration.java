package io.tradewatch.marketdata.config;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import io.netty.channel.ChannelOption;
import reactor.netty.http.client.HttpClient;
import tools.jackson.databind.json.JsonMapper;

import io.tradewatch.marketdata.feed.FeedMonitor;
import io.tradewatch.marketdata.feed.FeedSettings;
import io.tradewatch.marketdata.feed.FeedStatusSink;
import io.tradewatch.marketdata.feed.MarketFeed;
import io.tradewatch.marketdata.feed.replay.ReplayFeed;
import io.tradewatch.marketdata.feed.replay.ReplaySettings;
import io.tradewatch.marketdata.feed.simulated.SimulatedFeed;
import io.tradewatch.marketdata.feed.websocket.BinanceStreamFeed;
import io.tradewatch.marketdata.feed.websocket.WebSocketSettings;
import io.tradewatch.metrics.FeedMetrics;
import io.tradewatch.metrics.health.ComponentHealthRegistry;
import io.tradewatch.platform.instrument.InstrumentCatalog;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;

/** Builds the configured feed and its monitor. */
@Configuration(proxyBeanMethods = false)
class FeedConfiguration {

    /** The health component the feed reports to. */
    static final String COMPONENT = "feed";

    @Bean
    MarketFeed marketFeed(MarketDataProperties properties, InstrumentCatalog catalog, ResourceLoader resources,
            JsonMapper json, FeedMetrics metrics) {
        FeedSettings feed = properties.feed();
        return switch (feed.type()) {
            case SIMULATED -> new SimulatedFeed(feed.simulated(), catalog.all());
            case REPLAY -> replay(feed.replay(), resources);
            case WEBSOCKET -> new BinanceStreamFeed(feed.websocket(), catalog.symbols(),
                    webSocketClient(feed.websocket()), json, metrics);
        };
    }

    @Bean
    FeedMonitor feedMonitor(MarketFeed feed, FeedStatusSink statusSink, ComponentHealthRegistry components,
            MarketDataProperties properties) {
        return new FeedMonitor(feed, statusSink, components.component(COMPONENT), properties.feed().staleAfter());
    }

    private static ReplayFeed replay(ReplaySettings settings, ResourceLoader resources) {
        Resource file = resources.getResource(settings.location());
        if (!file.exists()) {
            throw new IllegalStateException("tradewatch.market-data.feed.replay.location '" + settings.location()
                    + "' does not exist; point it at a CSV file (classpath:... or file:...)");
        }
        return new ReplayFeed(settings, () -> new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8));
    }

    private static ReactorNettyWebSocketClient webSocketClient(WebSocketSettings settings) {
        HttpClient http = HttpClient.create()
            .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) settings.connectTimeout().toMillis());
        return new ReactorNettyWebSocketClient(http);
    }
}
