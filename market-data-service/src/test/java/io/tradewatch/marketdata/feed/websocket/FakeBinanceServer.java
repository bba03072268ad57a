package io.tradewatch.marketdata.feed.websocket;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelOption;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.QueryStringDecoder;
import reactor.core.publisher.Sinks;
import reactor.netty.Connection;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/**
 * A local stand-in for Binance's combined stream endpoint ({@code /stream?streams=a@trade/...}) on
 * Reactor Netty's WebSocket server: it records each connection's streams and sends what a test tells it,
 * in the exchange's format, including malformed frames, and can drop a connection abruptly (TCP reset,
 * no close frame) or stay silent.
 */
final class FakeBinanceServer implements AutoCloseable {

    private final List<Session> sessions = new CopyOnWriteArrayList<>();

    private final DisposableServer server;

    FakeBinanceServer() {
        this.server = HttpServer.create()
            .host("127.0.0.1")
            .port(0)
            .handle((request, response) -> {
                QueryStringDecoder query = new QueryStringDecoder(request.uri());
                List<String> streams = Arrays.asList(query.parameters().getOrDefault("streams", List.of("")).getFirst().split("/"));
                return response.sendWebsocket((in, out) -> {
                    Session session = new Session(query.path(), streams);
                    in.withConnection(connection -> session.connection = connection);
                    sessions.add(session);
                    return out.sendObject(session.frames.asFlux()).then();
                });
            })
            .bindNow(Duration.ofSeconds(10));
    }

    URI baseUri() {
        return URI.create("ws://127.0.0.1:" + server.port());
    }

    /** Every connection opened so far, in order (dropped ones included). */
    List<Session> sessions() {
        return sessions;
    }

    @Override
    public void close() {
        server.disposeNow(Duration.ofSeconds(5));
    }

    /** One client connection as the server sees it. */
    static final class Session {

        final String path;

        final List<String> streams;

        final Sinks.Many<WebSocketFrame> frames = Sinks.many().unicast().onBackpressureBuffer();

        volatile Connection connection;

        Session(String path, List<String> streams) {
            this.path = path;
            this.streams = List.copyOf(streams);
        }

        void trade(String symbol, long tradeId, String price, String quantity) {
            text("{\"stream\":\"" + symbol.toLowerCase() + "@trade\",\"data\":{\"e\":\"trade\",\"E\":1767225600100,"
                    + "\"s\":\"" + symbol + "\",\"t\":" + tradeId + ",\"p\":\"" + price + "\",\"q\":\"" + quantity
                    + "\",\"T\":1767225600000,\"m\":true,\"M\":true}}");
        }

        void bookTicker(String symbol, String bid, String ask) {
            text("{\"stream\":\"" + symbol.toLowerCase() + "@bookTicker\",\"data\":{\"u\":400900217,\"s\":\"" + symbol
                    + "\",\"b\":\"" + bid + "\",\"B\":\"31.21\",\"a\":\"" + ask + "\",\"A\":\"40.66\"}}");
        }

        void text(String frame) {
            frames.tryEmitNext(new TextWebSocketFrame(frame));
        }

        void binary(String content) {
            frames.tryEmitNext(new BinaryWebSocketFrame(Unpooled.copiedBuffer(content, StandardCharsets.UTF_8)));
        }

        /** Resets the TCP connection: no close frame, as when a network path or an exchange node dies. */
        void dropAbruptly() {
            connection.channel().config().setOption(ChannelOption.SO_LINGER, 0);
            connection.channel().close();
        }

        boolean isOpen() {
            return connection != null && connection.channel().isActive();
        }
    }
}
