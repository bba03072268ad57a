package io.tradewatch.gateway;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import io.tradewatch.gateway.domain.ApiKeys;
import io.tradewatch.gateway.domain.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** API keys: 401 and 403 as problem+json, the role table, issuing, listing and revoking keys. */
@ExtendWith(OutputCaptureExtension.class)
class AuthenticationTests extends GatewayTestBase {

    @Autowired
    private ReactiveStringRedisTemplate redis;

    @Test
    void aRequestWithoutCredentialsIs401ProblemAndCounted() {
        double before = metric("trading_gateway_auth_failures_total", "reason", "missing_credentials");
        JsonNode problem = problem(get("/api/market/quotes"), 401);
        assertThat(problem.get("reason").asString()).isEqualTo("MISSING_CREDENTIALS");
        assertThat(metric("trading_gateway_auth_failures_total", "reason", "missing_credentials")).isEqualTo(before + 1);
    }

    @Test
    void anUnknownKeyIs401ProblemAndCounted() {
        double before = metric("trading_gateway_auth_failures_total", "reason", "invalid_key");
        HttpResponse<String> response = get("/api/market/quotes", apiKey(ApiKeys.newKey()));
        assertThat(problem(response, 401).get("reason").asString()).isEqualTo("INVALID_KEY");
        assertThat(response.headers().allValues("WWW-Authenticate")).anySatisfy(
                challenge -> assertThat(challenge).startsWith("ApiKey"));
        assertThat(metric("trading_gateway_auth_failures_total", "reason", "invalid_key")).isEqualTo(before + 1);
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource({
            "VIEWER, GET, /api/market/quotes, 200", "VIEWER, GET, /api/orders, 200", "VIEWER, GET, /api/risk/limits, 200",
            "VIEWER, GET, /api/alerts, 200", "VIEWER, POST, /api/orders, 403", "VIEWER, DELETE, /api/orders/o1, 403",
            "VIEWER, POST, /api/strategies, 403", "VIEWER, POST, /api/backtests, 403", "VIEWER, PUT, /api/risk/limits, 403",
            "VIEWER, POST, /api/risk/kill-switch, 403", "VIEWER, GET, /api/admin/keys, 403",
            "TRADER, POST, /api/orders, 200", "TRADER, DELETE, /api/orders/o1, 200", "TRADER, POST, /api/strategies, 200",
            "TRADER, PUT, /api/strategies/s1, 200", "TRADER, POST, /api/backtests, 200",
            "TRADER, POST, /api/alerts/rules, 200", "TRADER, GET, /api/portfolio, 200",
            "TRADER, PUT, /api/risk/limits, 403", "TRADER, POST, /api/risk/kill-switch, 403",
            "TRADER, GET, /api/admin/keys, 403", "TRADER, POST, /api/market/quotes, 403",
            "ADMIN, PUT, /api/risk/limits, 200", "ADMIN, POST, /api/risk/kill-switch, 200",
            "ADMIN, GET, /api/admin/keys, 200", "ADMIN, POST, /api/orders, 200" })
    void eachRoleMayMakeItsCallsAndIsRefusedTheOthers(Role role, String method, String path, int expected) {
        String key = issueKey(role).key();
        double forbiddenBefore = metric("trading_gateway_auth_failures_total", "reason", "forbidden");
        HttpResponse<String> response = call(method, path, method.equals("GET") || method.equals("DELETE") ? null : "{}",
                apiKey(key));
        if (expected == 403) {
            JsonNode problem = problem(response, 403);
            assertThat(problem.get("requiredRole").asString()).isNotEqualTo(role.name());
            assertThat(metric("trading_gateway_auth_failures_total", "reason", "forbidden")).isEqualTo(forbiddenBefore + 1);
        }
        else {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
        }
    }

    @Test
    void anAdminIssuesListsAndRevokesKeysAndOnlyTheirHashIsStored() {
        HttpResponse<String> issued = call("POST", "/api/admin/keys", "{\"name\":\"ops dashboard\",\"role\":\"VIEWER\"}",
                apiKey(BOOTSTRAP_KEY));
        assertThat(issued.statusCode()).isEqualTo(201);
        JsonNode body = json(issued);
        String id = body.get("id").asString();
        String key = body.get("key").asString();
        assertThat(body.get("name").asString()).isEqualTo("ops dashboard");
        assertThat(body.get("role").asString()).isEqualTo("VIEWER");
        assertThat(issued.headers().firstValue("Location")).hasValue("/api/admin/keys/" + id);

        assertThat(redis.hasKey("gw:keys:" + ApiKeys.sha256Hex(key)).block()).isTrue();
        List<String> everythingStored = redis.keys("*")
            .flatMap(name -> redis.type(name).flatMapMany(type -> type.code().equals("hash")
                    ? redis.<String, String>opsForHash().values(name) : redis.opsForValue().get(name).flux()))
            .collectList()
            .block();
        assertThat(everythingStored).noneMatch(value -> value.contains(key));

        HttpResponse<String> list = get("/api/admin/keys", apiKey(BOOTSTRAP_KEY));
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains(id).doesNotContain(key).doesNotContain("\"key\"");
        assertThat(get("/api/market/quotes", apiKey(key)).statusCode()).isEqualTo(200);

        double revokedBefore = metric("trading_gateway_auth_failures_total", "reason", "revoked_key");
        assertThat(call("DELETE", "/api/admin/keys/" + id, null, apiKey(BOOTSTRAP_KEY)).statusCode()).isEqualTo(204);
        JsonNode refused = problem(get("/api/market/quotes", apiKey(key)), 401);
        assertThat(refused.get("reason").asString()).isEqualTo("REVOKED_KEY");
        assertThat(metric("trading_gateway_auth_failures_total", "reason", "revoked_key")).isEqualTo(revokedBefore + 1);
        assertThat(get("/api/admin/keys", apiKey(BOOTSTRAP_KEY)).body()).doesNotContain(id);
        problem(call("DELETE", "/api/admin/keys/" + id, null, apiKey(BOOTSTRAP_KEY)), 404);
    }

    @Test
    void anInvalidKeyRequestIs400NamingTheFields() {
        HttpResponse<String> response = call("POST", "/api/admin/keys", "{\"name\":\"\"}", apiKey(BOOTSTRAP_KEY));
        JsonNode problem = problem(response, 400);
        assertThat(problem.toString()).contains("name").contains("role");
    }

    @Test
    void credentialsNeverAppearInTheLogs(CapturedOutput output) {
        String unknownKey = ApiKeys.newKey();
        String validKey = issueKey(Role.TRADER).key();
        String expiredToken = JWT.token("dave", List.of("TRADER"),
                claims -> claims.expirationTime(Date.from(Instant.now().minusSeconds(600))));
        String requestId = "log-check-" + UUID.randomUUID();
        get("/api/market/quotes", "X-API-Key", unknownKey, "X-Request-Id", requestId);
        get("/api/market/quotes", "X-API-Key", validKey);
        call("POST", "/api/risk/limits", "{}", apiKey(validKey));
        get("/api/market/quotes", bearer(expiredToken));
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(output.getAll()).contains(requestId));
        assertThat(output.getAll()).doesNotContain(unknownKey)
            .doesNotContain(validKey)
            .doesNotContain(expiredToken)
            .doesNotContain(BOOTSTRAP_KEY);
    }
}
