package io.tradewatch.marketdata.feed.websocket;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeoutException;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

import io.tradewatch.marketdata.domain.tick.Decimals;
import io.tradewatch.marketdata.domain.tick.Tick;
import io.tradewatch.marketdata.domain.tick.TickSource;
import io.tradewatch.marketdata.feed.FeedConnection;
import io.tradewatch.marketdata.feed.TickSink;
import io.tradewatch.marketdata.feed.websocket.BinanceFrames.Frame;
import io.tradewatch.metrics.FeedMetrics;

import org.springframework.web.reactive.socket.WebSocketMessage;
import org.springframework.web.reactive.socket.WebSocketSession;
import org.springframework.web.reactive.socket.client.WebSocketClient;

/**
 * One WebSocket connection to a combined stream. When it closes, fails or stays silent past the idle
 * timeout, it reopens with the same streams after a backoff delay; a connection that delivered data starts
 * its backoff afresh. Malformed frames are counted and skipped and never close it.
 */
final class StreamConnection {

    private static final Logger log = LoggerFactory.getLogger(StreamConnection.class);

    private final FeedConnection stats;

    private final URI uri;

    private final int streams;

    private final WebSocketClient client;

    private final BinanceFrames frames;

    private final Backoff backoff;

    private final Duration idleTimeout;

    private final FeedMetrics metrics;

    private final Map<String, BigDecimal[]> bestQuotes = new ConcurrentHashMap<>();

    private @Nullable TickSink sink;

    private boolean stopped = true;

    private boolean open;

    private int attempt;

    private volatile boolean delivered;

    private @Nullable Disposable session;

    private @Nullable Disposable retry;

    StreamConnection(String name, URI uri, int streams, WebSocketClient client, BinanceFrames frames,
            WebSocketSettings settings, FeedMetrics metrics) {
        this.stats = new FeedConnection(name);
        this.uri = uri;
        this.streams = streams;
        this.client = client;
        this.frames = frames;
        this.backoff = new Backoff(settings.initialBackoff(), settings.maxBackoff(), settings.jitter());
        this.idleTimeout = settings.idleTimeout();
        this.metrics = metrics;
    }

    FeedConnection stats() {
        return stats;
    }

    URI uri() {
        return uri;
    }

    synchronized void start(TickSink sink) {
        this.sink = sink;
        stopped = false;
        connect();
    }

    synchronized void stop() {
        stopped = true;
        dispose(retry);
        dispose(session);
        if (open) {
            open = false;
            metrics.disconnected(stats.name());
        }
        stats.stopped("feed stopped");
    }

    private synchronized void connect() {
        if (stopped) {
            return;
        }
        delivered = false;
        session = client.execute(uri, this::handle).subscribe(null, this::ended, () -> ended(null));
    }

    private Mono<Void> handle(WebSocketSession webSocket) {
        synchronized (this) {
            open = true;
            metrics.connected(stats.name());
            stats.opened("subscribed to " + streams + " streams at " + uri.getHost() + ":" + uri.getPort());
        }
        return webSocket.receive().timeout(idleTimeout).doOnNext(this::onFrame).then();
    }

    private synchronized void ended(@Nullable Throwable error) {
        String reason = describe(error);
        if (open) {
            open = false;
            metrics.disconnected(stats.name());
        }
        stats.closed(reason);
        if (stopped) {
            return;
        }
        if (delivered) {
            attempt = 0;
        }
        long delay = backoff.delayMillis(attempt++, ThreadLocalRandom.current().nextDouble());
        metrics.reconnecting(stats.name());
        stats.reconnecting();
        log.warn("WebSocket connection {} to {} {}: reconnecting in {} ms (attempt {}). Trades of its symbols are missed"
                + " until then and show as sequence gaps; if this repeats, check the exchange's status and this"
                + " host's network.", stats.name(), uri.getHost(), reason, delay, attempt);
        retry = Mono.delay(Duration.ofMillis(delay)).subscribe(tick -> connect());
    }

    private void onFrame(WebSocketMessage message) {
        if (message.getType() != WebSocketMessage.Type.TEXT) {
            if (message.getType() == WebSocketMessage.Type.BINARY) {
                malformed("binary frame");
            }
            return;
        }
        try {
            handle(frames.read(message.getPayloadAsText()));
        }
        catch (RuntimeException ex) {
            malformed("unreadable frame: " + ex.getClass().getSimpleName());
        }
    }

    private void handle(Frame frame) {
        switch (frame) {
            case Frame.Trade trade -> {
                delivered = true;
                stats.message();
                deliver(trade);
            }
            case Frame.BookTicker quote -> {
                delivered = true;
                stats.message();
                bestQuotes.put(quote.symbol(), new BigDecimal[] { Decimals.parse(quote.bid()), Decimals.parse(quote.ask()) });
            }
            case Frame.Reply reply -> stats.message();
            case Frame.Malformed malformed -> malformed(malformed.reason());
        }
    }

    private void deliver(Frame.Trade trade) {
        BigDecimal price = Decimals.parse(trade.price());
        BigDecimal[] best = bestQuotes.get(trade.symbol());
        BigDecimal bid = (best != null) ? best[0] : price;
        BigDecimal ask = (best != null) ? best[1] : price;
        TickSink target = sink;
        if (target != null) {
            target.accept(new Tick(trade.symbol(), price, Decimals.parse(trade.quantity()), bid, ask, trade.tradeId(),
                    trade.tradeTimeMillis(), TickSource.WEBSOCKET, System.currentTimeMillis()));
        }
    }

    private void malformed(String reason) {
        stats.parseError();
        TickSink target = sink;
        if (target != null) {
            target.parseError(TickSource.WEBSOCKET, reason);
        }
    }

    private String describe(@Nullable Throwable error) {
        if (error == null) {
            return "was closed by the server";
        }
        if (error instanceof TimeoutException) {
            return "received nothing for " + idleTimeout.toMillis() + " ms";
        }
        return "failed: " + error.getClass().getSimpleName() + ": " + error.getMessage();
    }

    private static void dispose(@Nullable Disposable disposable) {
        if (disposable != null) {
            disposable.dispose();
        }
    }
}
