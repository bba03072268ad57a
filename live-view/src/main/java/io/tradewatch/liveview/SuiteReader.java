package io.tradewatch.liveview;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.CompletableFuture;

import io.tradewatch.liveview.Snapshot.Alert;
import io.tradewatch.liveview.Snapshot.GatewayStatus;
import io.tradewatch.liveview.Snapshot.Quote;
import io.tradewatch.liveview.Snapshot.Summary;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a running suite over HTTP, every source in parallel and each bounded in time: the gateway (with the
 * API key), the services' management ports and, when it answers, Prometheus. A source that fails or is late
 * is left out of the snapshot; the view shows it as unknown.
 */
final class SuiteReader {

    /** The gateway's p99 over all routed requests (the management port's own requests excluded). */
    static final String GATEWAY_P99_QUERY = "histogram_quantile(0.99, sum by (le) (rate("
            + "http_server_requests_seconds_bucket{service=\"api-gateway\",uri!~\"/actuator.*\"}[1m])))";

    private static final Duration TIMEOUT = Duration.ofMillis(1500);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final JsonMapper json = JsonMapper.builder().build();

    private final Endpoints endpoints;

    private final Clock clock;

    SuiteReader(Endpoints endpoints, Clock clock) {
        this.endpoints = endpoints;
        this.clock = clock;
    }

    Snapshot read() {
        CompletableFuture<GatewayStatus> status = gateway("/api/status", GatewayStatus.class);
        CompletableFuture<List<Quote>> quotes = get(gatewayRequest("/api/market/quotes"), true)
            .thenApply(body -> body == null ? null : json.readValue(body, new TypeReference<List<Quote>>() { }));
        Map<String, CompletableFuture<Summary>> summaries = new LinkedHashMap<>();
        endpoints.managementUris().forEach((name, uri) -> summaries.put(name,
                get(request(uri.resolve("/actuator/tradingsummary")), false)
                    .thenApply(body -> body == null ? null : json.readValue(body, Summary.class))));
        CompletableFuture<List<Alert>> alerts = prometheus("/api/v1/alerts").thenApply(this::alerts);
        CompletableFuture<OptionalDouble> p99 = prometheus("/api/v1/query?query="
                + URLEncoder.encode(GATEWAY_P99_QUERY, StandardCharsets.UTF_8)).thenApply(SuiteReader::scalar);
        Map<String, Summary> answered = new LinkedHashMap<>();
        summaries.forEach((name, summary) -> {
            Summary value = summary.join();
            if (value != null) {
                answered.put(name, value);
            }
        });
        OptionalDouble gatewayP99 = p99.join();
        return new Snapshot(clock.instant(), status.join(), quotes.join(), answered, alerts.join(),
                gatewayP99 == null ? OptionalDouble.empty() : gatewayP99);
    }

    private <T> CompletableFuture<T> gateway(String path, Class<T> type) {
        // /api/status answers 503 with the same body when a service is not ready.
        return get(gatewayRequest(path), true).thenApply(body -> body == null ? null : json.readValue(body, type));
    }

    private CompletableFuture<JsonNode> prometheus(String pathAndQuery) {
        if (endpoints.prometheus() == null) {
            return CompletableFuture.completedFuture(null);
        }
        return get(request(URI.create(endpoints.prometheus() + pathAndQuery)), false)
            .thenApply(body -> body == null ? null : json.readTree(body));
    }

    private HttpRequest gatewayRequest(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(endpoints.gateway().resolve(path)).timeout(TIMEOUT);
        if (endpoints.apiKey() != null) {
            builder.header("X-API-Key", endpoints.apiKey());
        }
        return builder.build();
    }

    private static HttpRequest request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(TIMEOUT).build();
    }

    private CompletableFuture<String> get(HttpRequest request, boolean acceptUnavailable) {
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
            .thenApply(response -> response.statusCode() == 200 || acceptUnavailable && response.statusCode() == 503
                    ? response.body() : null)
            .exceptionally(failure -> null);
    }

    private List<Alert> alerts(JsonNode answer) {
        if (answer == null || !answer.path("data").path("alerts").isArray()) {
            return null;
        }
        List<Alert> alerts = new ArrayList<>();
        for (JsonNode alert : answer.path("data").path("alerts")) {
            JsonNode labels = alert.path("labels");
            alerts.add(new Alert(labels.path("alertname").asString(""), labels.path("severity").asString(""),
                    labels.path("service").asString(""), alert.path("state").asString("")));
        }
        return alerts;
    }

    /** The value of a one-sample instant vector; empty when there is none or it is not a number. */
    static OptionalDouble scalar(JsonNode answer) {
        if (answer == null) {
            return OptionalDouble.empty();
        }
        JsonNode result = answer.path("data").path("result");
        if (!result.isArray() || result.size() != 1) {
            return OptionalDouble.empty();
        }
        try {
            double value = Double.parseDouble(result.get(0).path("value").path(1).asString(""));
            return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
        }
        catch (NumberFormatException notANumber) {
            return OptionalDouble.empty();
        }
    }

    /**
     * Where the suite answers.
     *
     * @param gateway the gateway's base URI
     * @param apiKey the key sent as {@code X-API-Key}, or {@code null}
     * @param managementUris module name to its management base URI, in display order
     * @param prometheus Prometheus' base URI (no trailing slash), or {@code null}
     */
    record Endpoints(URI gateway, String apiKey, Map<String, URI> managementUris, String prometheus) {
    }
}
