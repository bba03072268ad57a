package io.tradewatch.alerts.api;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import tools.jackson.databind.JsonNode;

import io.tradewatch.alerts.support.IntegrationTestBase;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** History queries, acknowledgements and the live SSE stream, over real sockets. */
class HistoryAndStreamTests extends IntegrationTestBase {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void serverSentEventsDeliverANewAlertToAConnectedClient() {
        assertAConnectedClientReceivesANewAlert(port);
    }

    @Test
    void serverSentEventsStillDeliverNewAlertsAfterTheServiceIsStoppedAndStartedAgain() {
        ConfigurableApplicationContext service = (ConfigurableApplicationContext) context;
        service.stop();
        service.start();

        assertAConnectedClientReceivesANewAlert(((WebServerApplicationContext) service).getWebServer().getPort());
    }

    private void assertAConnectedClientReceivesANewAlert(int port) {
        List<ServerSentEvent<String>> received = new CopyOnWriteArrayList<>();
        Disposable client = WebClient.create("http://127.0.0.1:" + port)
            .get()
            .uri("/api/alerts/stream")
            .accept(MediaType.TEXT_EVENT_STREAM)
            .retrieve()
            .bodyToFlux(new ParameterizedTypeReference<ServerSentEvent<String>>() { })
            .subscribe(received::add);
        try {
            await().atMost(WAIT).until(() -> received.stream().anyMatch(event -> "connected".equals(event.comment())));
            String symbol = unique("SSE");

            breach(symbol, "warning");

            ServerSentEvent<String> event = await().atMost(WAIT).until(() -> received.stream()
                .filter(candidate -> candidate.data() != null && candidate.data().contains(symbol)).findFirst().orElse(null),
                    found -> found != null);
            assertThat(event.event()).isEqualTo("alert");
            assertThat(event.id()).matches("\\d+-\\d+");
            JsonNode data = parse(event.data());
            assertThat(data.get("alert").get("type").asString()).isEqualTo("risk_breach");
            assertThat(data.get("historyId").asString()).isEqualTo(event.id());
        }
        finally {
            client.dispose();
        }
    }

    @Test
    void aReconnectingClientGetsWhatItMissedAfterItsLastEventId() {
        String first = unique("RA");
        String missed = unique("RB");
        breach(first, "warning");
        JsonNode seen = await().atMost(WAIT).until(() -> entries("/api/alerts", first), list -> list.size() == 1).get(0);
        breach(missed, "warning");
        await().atMost(WAIT).until(() -> entries("/api/alerts", missed), list -> list.size() == 1);

        List<ServerSentEvent<String>> received = new CopyOnWriteArrayList<>();
        Disposable client = WebClient.create("http://127.0.0.1:" + port)
            .get()
            .uri("/api/alerts/stream")
            .header("Last-Event-ID", seen.get("historyId").asString())
            .retrieve()
            .bodyToFlux(new ParameterizedTypeReference<ServerSentEvent<String>>() { })
            .subscribe(received::add);
        try {
            await().atMost(WAIT).until(() -> received.stream().anyMatch(event -> event.data() != null
                    && event.data().contains(missed)));
            assertThat(received).noneMatch(event -> event.data() != null && event.data().contains(first));
        }
        finally {
            client.dispose();
        }
    }

    @Test
    void historyIsFilteredBySeveritySinceAndLimit() {
        Instant before = Instant.now().minusSeconds(1);
        String symbol = unique("HI");
        breach(symbol, "critical");
        publish("order.filled", "order.filled", Map.ofEntries(Map.entry("orderId", "o-" + symbol),
                Map.entry("fillId", "f-" + symbol), Map.entry("symbol", symbol), Map.entry("side", "BUY"),
                Map.entry("orderType", "MARKET"), Map.entry("quantity", "1.5"), Map.entry("price", "64000.00"),
                Map.entry("fee", "9.60"), Map.entry("notional", "96000.00"), Map.entry("slippageBps", 1.2),
                Map.entry("filledAt", Instant.now().toString())));
        await().atMost(WAIT).until(() -> entries("/api/alerts?since=" + before + "&limit=1000", symbol).size() == 2);

        List<JsonNode> info = entries("/api/alerts?severity=info&since=" + before + "&limit=1000", symbol);
        assertThat(info).hasSize(1);
        assertThat(info.get(0).get("alert").get("type").asString()).isEqualTo("large_fill");
        assertThat(entries("/api/alerts?severity=CRITICAL&since=" + before, symbol)).extracting(
                entry -> entry.get("alert").get("type").asString()).containsExactly("risk_breach");
        assertThat(entries("/api/alerts?since=" + Instant.now().plusSeconds(60), symbol)).isEmpty();
        assertThat(parse(send("GET", "/api/alerts?limit=1", null).body())).hasSize(1);
    }

    @Test
    void badHistoryParametersAreRefusedWithEveryOneNamed() {
        HttpResponse<String> response = send("GET", "/api/alerts?severity=urgent&since=yesterday&limit=0", null);

        assertThat(response.statusCode()).isEqualTo(400);
        List<String> fields = new java.util.ArrayList<>();
        parse(response.body()).get("errors").forEach(error -> fields.add(error.get("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("severity", "since", "limit");
    }

    @Test
    void anAlertCanBeAcknowledgedOnceAndTheAcknowledgementIsShownInTheHistory() {
        String symbol = unique("AK");
        breach(symbol, "warning");
        JsonNode entry = await().atMost(WAIT).until(() -> entries("/api/alerts", symbol), list -> list.size() == 1).get(0);
        String id = entry.get("alert").get("id").asString();
        assertThat(entry.get("ack").isNull()).isTrue();

        HttpResponse<String> acked = send("POST", "/api/alerts/" + id + "/ack", "{\"by\":\"ops\",\"note\":\"looking\"}");
        HttpResponse<String> again = send("POST", "/api/alerts/" + id + "/ack", "{\"by\":\"someone else\"}");

        assertThat(acked.statusCode()).as(acked.body()).isEqualTo(200);
        assertThat(parse(acked.body()).get("ackedBy").asString()).isEqualTo("ops");
        assertThat(parse(again.body()).get("ackedBy").asString()).isEqualTo("ops");
        assertThat(parse(again.body()).get("ackedAt").asString()).isEqualTo(parse(acked.body()).get("ackedAt").asString());
        JsonNode shown = entries("/api/alerts", symbol).get(0);
        assertThat(shown.get("ack").get("note").asString()).isEqualTo("looking");
        assertThat(send("POST", "/api/alerts/0f0e0d0c-0000-4000-8000-000000000000/ack", null).statusCode()).isEqualTo(404);
    }

    private void breach(String symbol, String severity) {
        publish("risk.breach", "risk.breach", Map.of("limit", "max_order_notional", "value", "250000.00", "threshold",
                "100000.00", "severity", severity, "symbol", symbol, "message", "order notional above the limit"));
    }

    private List<JsonNode> entries(String query, String text) {
        HttpResponse<String> response = send("GET", query, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<JsonNode> found = new java.util.ArrayList<>();
        parse(response.body()).forEach(entry -> {
            if (entry.get("alert").toString().contains(text)) {
                found.add(entry);
            }
        });
        return found;
    }
}
