package io.tradewatch.marketdata.feed.websocket;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import io.tradewatch.marketdata.domain.tick.Tick;
import io.tradewatch.marketdata.domain.tick.TickSource;
import io.tradewatch.marketdata.feed.ConnectionState;
import io.tradewatch.marketdata.service.TickChannel;
import io.tradewatch.marketdata.service.TickIngest;
import io.tradewatch.metrics.FeedMetrics;
import io.tradewatch.metrics.MeterFactory;
import io.tradewatch.metrics.TickMetrics;
import io.tradewatch.metrics.health.ComponentHealthRegistry;

import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The WebSocket feed against a local server speaking Binance's combined-stream format over real sockets,
 * with the real channel and recorders on a plain registry.
 */
class BinanceStreamFeedTests {

    private static final List<String> SYMBOLS = List.of("BTCUSDT", "ETHUSDT", "SOLUSDT", "XRPUSDT");

    private final FakeBinanceServer server = new FakeBinanceServer();

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    private final MeterFactory meters = MeterFactory.withDefaults(registry);

    private final FeedMetrics feedMetrics = new FeedMetrics(meters);

    private final TickChannel channel = new TickChannel(1_000);

    private final TickIngest ingest = new TickIngest(channel, new TickMetrics(meters), feedMetrics,
            new ComponentHealthRegistry(meters, Duration.ofMinutes(1), Duration.ofMinutes(1), Duration.ofSeconds(5))
                .component("feed"));

    private BinanceStreamFeed feed;

    @AfterEach
    void stop() {
        if (feed != null) {
            feed.stop();
        }
        server.close();
    }

    @Test
    void splitsTheStreamsOverConnectionsWithinTheLimitAndParsesTradesWithTheBestQuote() {
        feed = start(Duration.ofSeconds(30));
        await().atMost(Duration.ofSeconds(10)).until(() -> server.sessions().size() == 2);
        assertThat(server.sessions()).extracting(session -> session.path).containsOnly("/stream");
        assertThat(server.sessions()).extracting(session -> session.streams).containsExactlyInAnyOrder(
                List.of("btcusdt@trade", "btcusdt@bookTicker", "ethusdt@trade", "ethusdt@bookTicker"),
                List.of("solusdt@trade", "solusdt@bookTicker", "xrpusdt@trade", "xrpusdt@bookTicker"));
        assertThat(feed.uris().getFirst().getQuery())
            .isEqualTo("streams=btcusdt@trade/btcusdt@bookTicker/ethusdt@trade/ethusdt@bookTicker");
        awaitConnected(2);

        session("btcusdt@trade").bookTicker("BTCUSDT", "64321.10", "64321.90");
        session("btcusdt@trade").trade("BTCUSDT", 3849201118L, "64321.50", "0.01200");
        session("xrpusdt@trade").trade("XRPUSDT", 77L, "0.5201", "1500.0");
        List<Tick> ticks = takeTicks(2);
        assertThat(ticks).extracting(Tick::symbol).containsExactlyInAnyOrder("BTCUSDT", "XRPUSDT");
        Tick bitcoin = ticks.stream().filter(tick -> tick.symbol().equals("BTCUSDT")).findFirst().orElseThrow();
        assertThat(bitcoin.price()).isEqualByComparingTo("64321.50");
        assertThat(bitcoin.size()).isEqualByComparingTo("0.012");
        assertThat(bitcoin.bid()).isEqualByComparingTo("64321.10");
        assertThat(bitcoin.ask()).isEqualByComparingTo("64321.90");
        assertThat(bitcoin.seq()).isEqualTo(3849201118L);
        assertThat(bitcoin.tradeTimeMillis()).isEqualTo(1767225600000L);
        assertThat(bitcoin.source()).isEqualTo(TickSource.WEBSOCKET);
        Tick ripple = ticks.stream().filter(tick -> tick.symbol().equals("XRPUSDT")).findFirst().orElseThrow();
        assertThat(ripple.bid()).as("no best quote seen yet: bid is the price").isEqualByComparingTo("0.5201");
        assertThat(counter("trading.ws.connections", "websocket-0")).isEqualTo(1);
        assertThat(registry.get("trading.ws.connection.status").tag("connection", "websocket-1").gauge().value()).isEqualTo(1);
    }

    @Test
    void malformedFramesAreCountedAndNeverStopTheFeed() {
        feed = start(Duration.ofSeconds(30));
        awaitConnected(2);
        FakeBinanceServer.Session session = session("btcusdt@trade");
        session.text("this is not json");
        session.text("[1,2,3]");
        session.text("{\"stream\":\"btcusdt@trade\"}");
        session.text("{\"stream\":\"btcusdt@trade\",\"data\":{\"e\":\"trade\",\"s\":\"BTCUSDT\",\"t\":\"x\"}}");
        session.text("{\"stream\":\"btcusdt@depth\",\"data\":{\"e\":\"depthUpdate\"}}");
        session.binary("\u0000\u0001binary");
        session.text("{\"result\":null,\"id\":1}");
        session.trade("BTCUSDT", 10L, "NaN", "1");
        session.trade("BTCUSDT", 11L, "64000.00", "0.5");
        List<Tick> ticks = takeTicks(2);
        assertThat(ticks).extracting(Tick::seq).containsExactly(10L, 11L);
        assertThat(ticks.getFirst().price()).as("a NaN price reaches validation as not-a-number").isNull();
        assertThat(registry.get("trading.feed.parse.errors").tag("feed", "websocket").counter().count()).isEqualTo(6);
        assertThat(feed.connections().getFirst().parseErrors()).isEqualTo(6);
        assertThat(server.sessions()).hasSize(2);
        assertThat(session.isOpen()).isTrue();
        assertThat(counter("trading.ws.reconnects", "websocket-0")).isZero();
    }

    @Test
    void reconnectsWithBackoffAndResubscribesAfterTheServerDropsTheConnection() {
        feed = start(Duration.ofSeconds(30));
        awaitConnected(2);
        FakeBinanceServer.Session dropped = session("ethusdt@trade");
        dropped.trade("ETHUSDT", 500L, "3400.10", "0.2");
        takeTicks(1);

        dropped.dropAbruptly();
        await().atMost(Duration.ofSeconds(10)).until(() -> server.sessions().size() == 3);
        FakeBinanceServer.Session reopened = session("ethusdt@trade");
        assertThat(reopened).isNotSameAs(dropped);
        assertThat(reopened.streams).isEqualTo(dropped.streams);
        awaitConnected(2);
        reopened.trade("ETHUSDT", 503L, "3401.00", "0.1");
        assertThat(takeTicks(1)).extracting(Tick::seq).containsExactly(503L);
        assertThat(counter("trading.ws.disconnections", "websocket-0")).isEqualTo(1);
        assertThat(counter("trading.ws.reconnects", "websocket-0")).isEqualTo(1);
        assertThat(counter("trading.ws.connections", "websocket-0")).isEqualTo(2);
        assertThat(counter("trading.ws.disconnections", "websocket-1")).isZero();
        assertThat(feed.connections().getFirst().reconnects()).isEqualTo(1);
    }

    @Test
    void aConnectionThatStaysSilentPastTheIdleTimeoutIsReopened() {
        feed = start(Duration.ofMillis(700));
        await().atMost(Duration.ofSeconds(15)).until(() -> server.sessions().size() >= 4);
        assertThat(counter("trading.ws.reconnects", "websocket-0")).isPositive();
        assertThat(server.sessions().subList(2, 4)).allSatisfy(session -> assertThat(session.streams).hasSize(4));
    }

    @Test
    void backoffDoublesUpToTheMaximumWithJitterTakenOff() {
        Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(2), 0.5);
        assertThat(backoff.delayMillis(0, 0)).isEqualTo(100);
        assertThat(backoff.delayMillis(3, 0)).isEqualTo(800);
        assertThat(backoff.delayMillis(3, 0.999)).isEqualTo(400);
        assertThat(backoff.delayMillis(10, 0)).isEqualTo(2_000);
        assertThat(backoff.delayMillis(1_000, 0.5)).isEqualTo(1_500);
    }

    @Test
    void planKeepsASymbolsStreamsTogetherAndNamesTheCombinedStreamUrl() {
        assertThat(StreamPlan.of(List.of("A1", "B2", "C3"), true, 5))
            .containsExactly(List.of("a1@trade", "a1@bookTicker", "b2@trade", "b2@bookTicker"),
                    List.of("c3@trade", "c3@bookTicker"));
        assertThat(StreamPlan.of(List.of("A1", "B2", "C3"), false, 2)).hasSize(2);
        assertThat(BinanceStreamFeed.streamUri(URI.create("wss://stream.binance.com:9443/"), List.of("a1@trade", "b2@trade")))
            .hasToString("wss://stream.binance.com:9443/stream?streams=a1@trade/b2@trade");
    }

    private BinanceStreamFeed start(Duration idleTimeout) {
        WebSocketSettings settings = new WebSocketSettings(server.baseUri(), 4, true, Duration.ofMillis(50),
                Duration.ofMillis(400), 0.5, idleTimeout, Duration.ofSeconds(2));
        BinanceStreamFeed started = new BinanceStreamFeed(settings, SYMBOLS, new ReactorNettyWebSocketClient(),
                JsonMapper.builder().build(), feedMetrics);
        started.start(ingest, (connection, state, detail) -> { });
        return started;
    }

    private void awaitConnected(int connections) {
        await().atMost(Duration.ofSeconds(10))
            .until(() -> feed.connections().stream().filter(c -> c.state() == ConnectionState.CONNECTED).count() == connections);
    }

    private List<Tick> takeTicks(int count) {
        List<Tick> ticks = new ArrayList<>();
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            channel.take(ticks, 100, 0, TimeUnit.MILLISECONDS);
            return ticks.size() >= count;
        });
        return ticks;
    }

    /** The newest session subscribed to {@code stream}. */
    private FakeBinanceServer.Session session(String stream) {
        return server.sessions().reversed().stream().filter(session -> session.streams.contains(stream)).findFirst()
            .orElseThrow();
    }

    private double counter(String name, String connection) {
        var counter = registry.find(name).tag("connection", connection).counter();
        return (counter != null) ? counter.count() : 0;
    }
}
