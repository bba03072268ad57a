package io.tradewatch.marketdata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.tradewatch.testsupport.RealBrokersConfiguration;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the WebSocket feed selected, every configured connection's series and every configured symbol's gap series
 * are scraped at exactly zero from the start, before any connection opens: the exchange here accepts TCP
 * connections but never answers the WebSocket handshake, so no connection opens, closes or retries.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "management.server.port=0", "tradewatch.metrics.instance=ws",
                // a catalog of exactly three symbols (the default one has twenty)
                "tradewatch.instruments[0].symbol=BTCUSDT", "tradewatch.instruments[0].tick-size=0.01",
                "tradewatch.instruments[0].lot-size=0.00001", "tradewatch.instruments[1].symbol=ETHUSDT",
                "tradewatch.instruments[1].tick-size=0.01", "tradewatch.instruments[1].lot-size=0.0001",
                "tradewatch.instruments[2].symbol=SOLUSDT", "tradewatch.instruments[2].tick-size=0.01",
                "tradewatch.instruments[2].lot-size=0.001",
                "tradewatch.market-data.feed.type=websocket",
                "tradewatch.market-data.feed.websocket.streams-per-connection=4",
                "tradewatch.market-data.feed.websocket.book-ticker=true" })
@Import(RealBrokersConfiguration.class)
class WebSocketFeedSeriesTests {

    private static final List<String> SYMBOLS = List.of("BTCUSDT", "ETHUSDT", "SOLUSDT");

    /** Two streams a symbol, four a connection: BTCUSDT and ETHUSDT on websocket-0, SOLUSDT on websocket-1. */
    private static final List<String> CONNECTIONS = List.of("websocket-0", "websocket-1");

    private static final ServerSocket SILENT_EXCHANGE = silentExchange();

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalManagementPort
    int managementPort;

    @DynamicPropertySource
    static void exchange(DynamicPropertyRegistry registry) {
        registry.add("tradewatch.market-data.feed.websocket.url",
                () -> "ws://127.0.0.1:" + SILENT_EXCHANGE.getLocalPort());
    }

    @AfterAll
    static void closeExchange() throws IOException {
        SILENT_EXCHANGE.close();
    }

    @Test
    void everyConfiguredConnectionIsScrapedAtZeroBeforeItOpens() throws Exception {
        String scrape = scrape();
        for (String connection : CONNECTIONS) {
            String labels = "connection=\"" + connection + "\"";
            assertThat(sample(scrape, "trading_ws_connection_status", labels)).as(connection + " status").isEqualTo(0.0);
            assertThat(sample(scrape, "trading_ws_connections_total", labels)).as(connection + " opened").isEqualTo(0.0);
            assertThat(sample(scrape, "trading_ws_disconnections_total", labels)).as(connection + " closed")
                .isEqualTo(0.0);
            assertThat(sample(scrape, "trading_ws_reconnects_total", labels)).as(connection + " retried")
                .isEqualTo(0.0);
        }
        assertThat(count(scrape, "trading_ws_connection_status")).isEqualTo(CONNECTIONS.size());
    }

    @Test
    void everyConfiguredSymbolsGapSeriesIsScrapedAtZero() throws Exception {
        String scrape = scrape();
        for (String symbol : SYMBOLS) {
            String labels = "symbol=\"" + symbol + "\"";
            assertThat(sample(scrape, "trading_feed_sequence_gaps_total", labels)).as(symbol + " gaps").isEqualTo(0.0);
            assertThat(sample(scrape, "trading_feed_messages_missed_total", labels)).as(symbol + " missed")
                .isEqualTo(0.0);
        }
        assertThat(count(scrape, "trading_feed_sequence_gaps_total")).isEqualTo(SYMBOLS.size());
    }

    private String scrape() throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest
            .newBuilder(URI.create("http://127.0.0.1:" + managementPort + "/actuator/prometheus"))
            .timeout(Duration.ofSeconds(10))
            .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** The one sample of {@code series} whose labels include {@code labels}; fails when there is none or several. */
    private static double sample(String scrape, String series, String labels) {
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(series) + "\\{([^}]*)\\} (\\S+)$").matcher(scrape);
        Double value = null;
        while (line.find()) {
            if (line.group(1).contains(labels)) {
                assertThat(value).as("one " + series + " with " + labels).isNull();
                value = Double.parseDouble(line.group(2));
            }
        }
        assertThat(value).as(series + " with " + labels + " in the scrape").isNotNull();
        return value;
    }

    private static long count(String scrape, String series) {
        return scrape.lines().filter(line -> line.startsWith(series + "{")).count();
    }

    /** Accepts TCP connections (the kernel's backlog) and never reads or answers them. */
    private static ServerSocket silentExchange() {
        try {
            return new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
