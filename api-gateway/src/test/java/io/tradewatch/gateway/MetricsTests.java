package io.tradewatch.gateway;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.tradewatch.gateway.domain.Role;
import io.tradewatch.metrics.catalog.TagValues.AuthFailure;

import static org.assertj.core.api.Assertions.assertThat;

/** What the gateway exports: SCG's request timer, the catalog's gateway counters, breaker states. */
class MetricsTests extends GatewayTestBase {

    private static final List<String> ROUTES = List.of("market-data", "strategy", "backtests",
            "order-executor", "risk-manager", "alert-system-stream", "alert-system");

    @Test
    void routedRequestsAreTimedBySpringCloudGatewayPerRoute() {
        String key = issueKey(Role.VIEWER).key();
        double before = metric("spring_cloud_gateway_requests_seconds_count", "route_id", "order-executor",
                "http_method", "GET");
        assertThat(get("/api/positions", apiKey(key)).statusCode()).isEqualTo(200);
        assertThat(metric("spring_cloud_gateway_requests_seconds_count", "route_id", "order-executor",
                "http_method", "GET")).isEqualTo(before + 1);
    }

    @Test
    void routedRequestsHaveTheStartersSloBuckets() {
        String key = issueKey(Role.VIEWER).key();
        assertThat(get("/api/positions", apiKey(key)).statusCode()).isEqualTo(200);
        String scrape = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + "/actuator/prometheus"))
            .build()).body();
        List<String> boundaries = scrape.lines()
            .filter(line -> line.startsWith("spring_cloud_gateway_requests_seconds_bucket{"))
            .filter(line -> line.contains("route_id=\"order-executor\"") && line.contains("http_method=\"GET\"")
                    && line.contains("status=\"OK\""))
            .map(line -> line.replaceAll(".*le=\"([^\"]+)\".*", "$1"))
            .toList();
        assertThat(boundaries).containsExactly("0.005", "0.01", "0.025", "0.05", "0.1", "0.25", "0.5", "1.0", "2.5",
                "5.0", "10.0", "+Inf");
    }

    @Test
    void everyRouteAndReasonAndBreakerIsScrapedFromTheStart() {
        String scrape = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + "/actuator/prometheus"))
            .build()).body();
        for (String route : ROUTES) {
            assertThat(scrape).contains("trading_gateway_rate_limited_total{").contains("route=\"" + route + "\"");
            assertThat(scrape).containsPattern("resilience4j_circuitbreaker_state\\{[^}]*name=\"" + route + "\"");
        }
        for (AuthFailure reason : AuthFailure.values()) {
            assertThat(scrape).containsPattern("trading_gateway_auth_failures_total\\{[^}]*reason=\"" + reason.tagValue() + "\"");
        }
    }
}
