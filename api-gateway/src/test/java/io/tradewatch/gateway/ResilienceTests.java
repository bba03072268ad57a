package io.tradewatch.gateway;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.tradewatch.gateway.domain.Role;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Circuit breakers with problem+json fallbacks, per-route timeouts, and retries of idempotent GETs only. */
class ResilienceTests extends GatewayTestBase {

    private static IssuedKey admin;

    @Autowired
    private CircuitBreakerRegistry breakers;

    @BeforeEach
    void issueAdminKeyOnce() {
        if (admin == null) {
            admin = issueKey(Role.ADMIN);
        }
    }

    @Test
    void theCircuitOpensWhenADownstreamIsDownAndClosesWhenItReturns() {
        CircuitBreaker breaker = breakers.circuitBreaker("risk-manager");
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        STUBS.stop("risk-manager");
        try {
            JsonNode unreachable = problem(get("/api/risk/limits", apiKey(admin.key())), 503);
            assertThat(unreachable.get("reason").asString()).isEqualTo("UNREACHABLE");
            assertThat(unreachable.get("instance").asString()).isEqualTo("/api/risk/limits");
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                JsonNode problem = problem(get("/api/risk/limits", apiKey(admin.key())), 503);
                return problem.get("reason").asString().equals("CIRCUIT_OPEN");
            });
            assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
            assertThat(metric("resilience4j_circuitbreaker_state", "name", "risk-manager", "state", "open")).isEqualTo(1);
            HttpResponse<String> open = get("/api/risk/limits", apiKey(admin.key()));
            assertThat(problem(open, 503).get("type").asString()).endsWith("/circuit-open");
            assertThat(open.headers().firstValue("Retry-After")).isPresent();
        }
        finally {
            STUBS.restart("risk-manager");
        }
        await().atMost(Duration.ofSeconds(20))
            .until(() -> get("/api/risk/limits", apiKey(admin.key())).statusCode() == 200);
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(metric("resilience4j_circuitbreaker_state", "name", "risk-manager", "state", "closed")).isEqualTo(1);
    }

    @Test
    void aSlowServiceIsCutOffAtItsRouteTimeoutWith504Problem() {
        long start = System.nanoTime();
        JsonNode problem = problem(get("/api/strategies/slow", apiKey(admin.key())), 504);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(problem.get("reason").asString()).isEqualTo("TIMEOUT");
        assertThat(problem.get("service").asString()).isEqualTo("strategy");
        // The service answers after 10 s and each attempt may wait 3 s: only the breaker's 1 s limit ends it sooner
        assertThat(took).as("strategy's time limiter is 1 s in this test").isLessThan(Duration.ofMillis(2900));
    }

    @Test
    void aFailedWriteSaysItMayHaveBeenApplied() {
        STUBS.stop("alert-system");
        try {
            JsonNode problem = problem(call("POST", "/api/alerts/rules", "{}", apiKey(admin.key())), 503);
            assertThat(problem.get("detail").asString()).contains("may or may not have been applied");
        }
        finally {
            STUBS.restart("alert-system");
        }
    }

    @Test
    void idempotentGetsAreRetriedButWritesAndServerErrorsAreNot() {
        String flakyGet = "/api/market/flaky-" + UUID.randomUUID();
        assertThat(get(flakyGet, apiKey(admin.key())).statusCode()).isEqualTo(200);
        assertThat(STUBS.calls("market-data", flakyGet)).isEqualTo(2);

        String flakyPost = "/api/orders/flaky-" + UUID.randomUUID();
        assertThat(call("POST", flakyPost, "{}", apiKey(admin.key())).statusCode()).isEqualTo(503);
        assertThat(STUBS.calls("order-executor", flakyPost)).isEqualTo(1);

        String failing = "/api/market/error-" + UUID.randomUUID();
        assertThat(get(failing, apiKey(admin.key())).statusCode()).isEqualTo(500);
        assertThat(STUBS.calls("market-data", failing)).isEqualTo(1);
    }
}
