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
        double before = metric("spring_cloud_gateway_requests_seconds_count", "routeId", "order-executor",
                "httpMethod", "GET");
        assertThat(get("/api/positions", apiKey(key)).statusCode()).isEqualTo(200);
        assertThat(metric("spring_cloud_gateway_requests_seconds_count", "routeId", "order-executor",
                "httpMethod", "GET")).isEqualTo(before + 1);
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
