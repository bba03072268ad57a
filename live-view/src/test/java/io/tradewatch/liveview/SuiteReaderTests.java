package io.tradewatch.liveview;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.tradewatch.liveview.SuiteReader.Endpoints;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reader against real HTTP servers (the JDK's) answering with what a running suite answered: the
 * gateway, each service's management port and Prometheus; alert-system's port answers nothing.
 */
class SuiteReaderTests {

    private static final String KEY = "tw_captured-test-key";

    private final List<HttpServer> servers = new ArrayList<>();

    private final List<String> gatewayKeys = new ArrayList<>();

    private URI gateway;

    private String prometheus;

    private final Map<String, URI> management = new LinkedHashMap<>();

    @BeforeEach
    void serveTheCapture() throws IOException {
        HttpServer gatewayServer = server();
        gatewayServer.createContext("/api/status", exchange -> gateway(exchange, "gateway-status.json"));
        gatewayServer.createContext("/api/market/quotes", exchange -> gateway(exchange, "market-quotes.json"));
        gateway = uri(gatewayServer);
        HttpServer prometheusServer = server();
        prometheusServer.createContext("/api/v1/alerts", exchange -> answer(exchange, 200, Captured.text("prometheus-alerts.json")));
        prometheusServer.createContext("/api/v1/query", exchange -> {
            String query = URLDecoder.decode(exchange.getRequestURI().getRawQuery(), StandardCharsets.UTF_8);
            boolean known = query.equals("query=" + SuiteReader.GATEWAY_P99_QUERY);
            answer(exchange, known ? 200 : 400, known ? Captured.text("prometheus-gateway-p99.json") : "{}");
        });
        prometheus = uri(prometheusServer).toString();
        for (String module : Captured.SERVICES) {
            HttpServer server = server();
            if (module.equals(ViewModels.ALERT_SYSTEM)) {
                server.stop(0);
            }
            else {
                server.createContext("/actuator/tradingsummary",
                        exchange -> answer(exchange, 200, Captured.text("tradingsummary-" + module + ".json")));
            }
            management.put(module, uri(server));
        }
    }

    @AfterEach
    void stopServers() {
        servers.forEach(server -> server.stop(0));
    }

    @Test
    void readsEverySourceAsTheSuiteAnswered() {
        Snapshot snapshot = reader(KEY, prometheus).read();

        assertThat(gatewayKeys).containsOnly(KEY).hasSize(2);
        assertThat(snapshot.status().status()).isEqualTo("UP");
        assertThat(snapshot.status().services()).hasSize(5);
        assertThat(snapshot.quotes()).hasSize(20);
        assertThat(snapshot.quotes().get(0)).isEqualTo(new Snapshot.Quote("BTCUSDT", "65001.82"));
        assertThat(snapshot.summaries()).containsOnlyKeys("market-data-service", "strategy-service",
                "order-executor", "risk-manager", "api-gateway");
        assertThat(snapshot.summaries().get(ViewModels.ORDER_EXECUTOR).gauge("trading.paper.pnl", "kind", "realized"))
            .hasValue(-1.3802486);
        assertThat(snapshot.alerts()).containsExactly(
                new Snapshot.Alert("MarketDataFreshnessBudgetBurn", "critical", "market-data-service", "pending"),
                new Snapshot.Alert("MarketDataFreshnessBudgetBurn", "warning", "market-data-service", "pending"));
        assertThat(snapshot.gatewayP99()).hasValue(0.24822177437280502);
    }

    @Test
    void withoutTheKeyTheGatewaysAnswersAreUnknownAndTheRestIsRead() {
        Snapshot snapshot = reader(null, prometheus).read();

        assertThat(snapshot.status()).isNull();
        assertThat(snapshot.quotes()).isNull();
        assertThat(snapshot.summaries()).hasSize(5);
    }

    @Test
    void withoutPrometheusAlertsAndTheGatewaysP99AreUnknown() {
        Snapshot snapshot = reader(KEY, null).read();

        assertThat(snapshot.alerts()).isNull();
        assertThat(snapshot.gatewayP99()).isEmpty();
        assertThat(snapshot.status()).isNotNull();
    }

    @Test
    void plainModePrintsOneLineAPerRefreshWithTheFigures() throws InterruptedException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Options options = new Options(new Endpoints(gateway, KEY, management, prometheus), Duration.ofMillis(50), true, 2);

        LiveView.plain(reader(KEY, prometheus), Captured.SERVICES, options, new PrintStream(out, true, StandardCharsets.UTF_8));

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(2).allSatisfy(line -> assertThat(line).contains(
                "suite=UP ready=6/6 BTCUSDT=65001.82 ticks/s=0.0 signals=7 placed=8 filled=8 rejected=0 cancelled=0 "
                        + "fills/s=0.00 realized=-1.38 unrealized=-1.76 value=99991.79 alerts=2 alerts-sent=-"));
    }

    private SuiteReader reader(String key, String prometheusUri) {
        return new SuiteReader(new Endpoints(gateway, key, management, prometheusUri), Clock.systemUTC());
    }

    private void gateway(HttpExchange exchange, String file) throws IOException {
        String key = exchange.getRequestHeaders().getFirst("X-API-Key");
        if (key == null) {
            answer(exchange, 401, "{\"reason\":\"MISSING_CREDENTIALS\"}");
            return;
        }
        synchronized (gatewayKeys) {
            gatewayKeys.add(key);
        }
        answer(exchange, 200, Captured.text(file));
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private HttpServer server() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.start();
        servers.add(server);
        return server;
    }

    private static URI uri(HttpServer server) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }
}
