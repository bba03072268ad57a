package io.tradewatch.marketdata.feed.websocket;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import io.tradewatch.marketdata.domain.tick.TickSource;
import io.tradewatch.marketdata.feed.ConnectionListener;
import io.tradewatch.marketdata.feed.FeedConnection;
import io.tradewatch.marketdata.feed.MarketFeed;
import io.tradewatch.marketdata.feed.TickSink;
import io.tradewatch.metrics.FeedMetrics;

import org.springframework.web.reactive.socket.client.WebSocketClient;

/**
 * Trades from a Binance-compatible exchange: the symbols' streams are split over as many connections
 * ({@code websocket-0}, {@code websocket-1}, ...) as the per-connection limit needs, each at
 * {@code <url>/stream?streams=a@trade/a@bookTicker/...} and each reconnecting on its own.
 */
public final class BinanceStreamFeed implements MarketFeed {

    private final List<StreamConnection> connections = new ArrayList<>();

    public BinanceStreamFeed(WebSocketSettings settings, List<String> symbols, WebSocketClient client,
            JsonMapper json, FeedMetrics metrics) {
        BinanceFrames frames = new BinanceFrames(json);
        List<List<String>> plan = StreamPlan.of(symbols, settings.bookTicker(), settings.streamsPerConnection());
        for (int i = 0; i < plan.size(); i++) {
            List<String> streams = plan.get(i);
            connections.add(new StreamConnection("websocket-" + i, streamUri(settings.url(), streams), streams.size(),
                    client, frames, settings, metrics));
        }
    }

    @Override
    public TickSource source() {
        return TickSource.WEBSOCKET;
    }

    @Override
    public List<FeedConnection> connections() {
        return connections.stream().map(StreamConnection::stats).toList();
    }

    /** The URI each connection opens, in connection order. */
    public List<URI> uris() {
        return connections.stream().map(StreamConnection::uri).toList();
    }

    @Override
    public void start(TickSink sink, ConnectionListener listener) {
        for (StreamConnection connection : connections) {
            connection.stats().listenWith(listener);
            connection.start(sink);
        }
    }

    @Override
    public void stop() {
        connections.forEach(StreamConnection::stop);
    }

    static URI streamUri(URI base, List<String> streams) {
        String root = base.toString().replaceAll("/+$", "");
        if (!root.endsWith("/stream")) {
            root = root + "/stream";
        }
        return URI.create(root + "?streams=" + String.join("/", streams));
    }
}
