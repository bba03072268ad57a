package io.tradewatch.gateway;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import io.tradewatch.gateway.domain.Role;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Routing, request ids, what reaches a service, blocked paths, body limits, SSE and the status page. */
@ExtendWith(OutputCaptureExtension.class)
class RoutingTests extends GatewayTestBase {

    private static IssuedKey admin;

    @BeforeEach
    void issueAdminKeyOnce() {
        if (admin == null) {
            admin = issueKey(Role.ADMIN);
        }
    }

    private static String adminKey() {
        return admin.key();
    }

    @ParameterizedTest
    @CsvSource({ "/api/market/quotes/BTCUSDT, market-data", "/api/strategies/s1/state, strategy",
            "/api/signals, strategy", "/api/backtests/b1, strategy", "/api/orders/o1, order-executor",
            "/api/portfolio, order-executor", "/api/positions, order-executor", "/api/trades, order-executor",
            "/api/risk/limits, risk-manager", "/api/alerts/rules, alert-system" })
    void eachPrefixIsRoutedToItsServiceWithPathAndQueryUnchanged(String path, String service) {
        int before = STUBS.calls(service, path);
        HttpResponse<String> response = get(path + "?limit=5", apiKey(adminKey()));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json(response).get("service").asString()).isEqualTo(service);
        assertThat(STUBS.calls(service, path)).isEqualTo(before + 1);
        assertThat(STUBS.last(service).query()).isEqualTo("limit=5");
    }

    @Test
    void aClientRequestIdIsPassedToTheServiceReturnedAndLogged(CapturedOutput output) {
        String requestId = "client-" + UUID.randomUUID();
        HttpResponse<String> response = get("/api/market/symbols", "X-Request-Id", requestId, "X-API-Key", adminKey());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Request-Id")).hasValue(requestId);
        assertThat(STUBS.last("market-data").header("X-Request-Id")).isEqualTo(requestId);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(output.getOut()).contains(requestId));
    }

    @Test
    void aMissingOrMalformedRequestIdIsReplacedByAGeneratedOne() {
        HttpResponse<String> missing = get("/api/market/symbols", apiKey(adminKey()));
        String generated = missing.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(UUID.fromString(generated)).isNotNull();
        assertThat(STUBS.last("market-data").header("X-Request-Id")).isEqualTo(generated);

        HttpResponse<String> malformed = get("/api/market/symbols", "X-Request-Id", "bad id<script>", "X-API-Key", adminKey());
        assertThat(malformed.headers().firstValue("X-Request-Id")).hasValueSatisfying(
                id -> assertThat(UUID.fromString(id)).isNotNull());
    }

    @Test
    void servicesGetTheCallersIdentityButNeverItsCredentials() {
        get("/api/orders", "X-API-Key", adminKey(), "X-Tradewatch-Role", "ADMIN", "X-Tradewatch-Principal",
                "someone-else");
        StubServices.Received received = STUBS.last("order-executor");
        assertThat(received.header("X-API-Key")).isNull();
        assertThat(received.header("Authorization")).isNull();
        assertThat(received.header("X-Tradewatch-Principal")).isEqualTo(admin.id());
        assertThat(received.header("X-Tradewatch-Role")).isEqualTo("ADMIN");

        String token = JWT.token("carol", List.of("VIEWER"));
        get("/api/orders", bearer(token));
        StubServices.Received viaJwt = STUBS.last("order-executor");
        assertThat(viaJwt.header("Authorization")).isNull();
        assertThat(viaJwt.header("X-Tradewatch-Principal")).isEqualTo("jwt:carol");
        assertThat(viaJwt.header("X-Tradewatch-Role")).isEqualTo("VIEWER");
    }

    @ParameterizedTest
    @ValueSource(strings = { "/actuator", "/actuator/health", "/actuator/prometheus", "/actuator/env",
            "/api/market/actuator/health", "/api/risk/%61ctuator/env", "/ACTUATOR/health", "/gateway-fallback/risk-manager" })
    void actuatorAndInternalPathsAreNotReachableThroughTheGateway(String path) {
        int before = StubServices.NAMES.stream().mapToInt(name -> STUBS.received(name).size()).sum();
        problem(get(path), 404);
        problem(get(path, apiKey(adminKey())), 404);
        assertThat(StubServices.NAMES.stream().mapToInt(name -> STUBS.received(name).size()).sum()).isEqualTo(before);
    }

    @Test
    void aPathNoRouteServesIs404() {
        HttpResponse<String> response = get("/api/nothing-here", apiKey(adminKey()));
        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void anOversizedBodyIsRefusedWith413AndNeverForwarded() {
        String path = "/api/orders/big-" + UUID.randomUUID();
        byte[] body = new byte[1_500_000];
        HttpResponse<String> declared = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("X-API-Key", adminKey())
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build());
        assertThat(problem(declared, 413).get("detail").asString()).contains("1500000");
        HttpResponse<String> chunked = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("X-API-Key", adminKey())
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
            .build());
        problem(chunked, 413);
        assertThat(STUBS.calls("order-executor", path)).isZero();

        String backtest = "/api/backtests/upload-" + UUID.randomUUID();
        HttpResponse<String> larger = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + backtest))
            .header("X-API-Key", adminKey())
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build());
        assertThat(larger.statusCode()).as("backtests accept up to 16 MB").isEqualTo(200);
        assertThat(STUBS.last("strategy").bodyBytes()).isEqualTo(body.length);
    }

    @Test
    void anEarlyAnswerToARequestWithABodyClosesTheConnection() {
        // The unread body must not be parsed as the start of the client's next request on this connection
        HttpResponse<String> refused = call("POST", "/api/orders", "{\"symbol\":\"BTCUSDT\"}");
        problem(refused, 401);
        assertThat(refused.headers().firstValue("Connection")).hasValue("close");
        HttpResponse<String> withoutBody = get("/api/orders");
        assertThat(withoutBody.headers().firstValue("Connection")).isEmpty();
    }

    @Test
    void serverSentEventsStreamThroughUnbuffered() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/alerts/stream"))
            .header("X-API-Key", adminKey())
            .header("Accept", "text/event-stream")
            .GET()
            .build();
        HttpResponse<Stream<String>> response = http().sendAsync(request, HttpResponse.BodyHandlers.ofLines())
            .get(10, TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/event-stream"));
        Iterator<String> lines = response.body().iterator();
        // The second event is only sent after the first has arrived here: a buffering gateway would hang.
        assertThat(CompletableFuture.supplyAsync(() -> nextData(lines)).get(10, TimeUnit.SECONDS)).isEqualTo("data: first");
        STUBS.releaseStreams();
        assertThat(CompletableFuture.supplyAsync(() -> nextData(lines)).get(10, TimeUnit.SECONDS)).isEqualTo("data: second");
    }

    @Test
    void statusShowsEveryServicesReadinessAndResponseTime() {
        String viewer = issueKey(Role.VIEWER).key();
        HttpResponse<String> allUp = get("/api/status", apiKey(viewer));
        assertThat(allUp.statusCode()).as(allUp.body()).isEqualTo(200);
        JsonNode report = json(allUp);
        assertThat(report.get("status").asString()).isEqualTo("UP");
        assertThat(report.get("services")).hasSize(5);
        for (JsonNode service : report.get("services")) {
            assertThat(StubServices.NAMES).contains(service.get("name").asString());
            assertThat(service.get("readiness").asString()).isEqualTo("UP");
            assertThat(service.get("responseTimeMillis").asDouble()).isGreaterThan(0);
        }
        STUBS.ready("alert-system", false);
        try {
            HttpResponse<String> degraded = get("/api/status", apiKey(viewer));
            assertThat(degraded.statusCode()).isEqualTo(503);
            JsonNode alerts = findService(json(degraded), "alert-system");
            assertThat(json(degraded).get("status").asString()).isEqualTo("DEGRADED");
            assertThat(alerts.get("readiness").asString()).isEqualTo("DOWN");
            assertThat(alerts.get("httpStatus").asInt()).isEqualTo(503);
        }
        finally {
            STUBS.ready("alert-system", true);
        }
        assertThat(get("/api/status").statusCode()).as("the status page needs a key").isEqualTo(401);
    }

    private static JsonNode findService(JsonNode report, String name) {
        for (JsonNode service : report.get("services")) {
            if (service.get("name").asString().equals(name)) {
                return service;
            }
        }
        throw new AssertionError(name + " missing from " + report);
    }

    private static String nextData(Iterator<String> lines) {
        while (lines.hasNext()) {
            String line = lines.next();
            if (line.startsWith("data:")) {
                return line;
            }
        }
        return "end of stream";
    }
}
