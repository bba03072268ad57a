package io.tradewatch.gateway;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * JWT bearer tokens against a JWK set served by a local HTTP server: issuer, audience, expiry, signature
 * and key are checked, and roles come from the {@code roles} claim.
 */
class JwtAuthenticationTests extends GatewayTestBase {

    @Test
    void aValidTokenAuthenticatesWithTheRolesOfItsClaim() {
        String trader = JWT.token("alice", List.of("trader"));
        assertThat(call("POST", "/api/orders", "{}", bearer(trader)).statusCode()).isEqualTo(200);
        assertThat(STUBS.last("order-executor").header("X-Tradewatch-Principal")).isEqualTo("jwt:alice");
        JsonNode forbidden = problem(call("PUT", "/api/risk/limits", "{}", bearer(trader)), 403);
        assertThat(forbidden.get("requiredRole").asString()).isEqualTo("ADMIN");
    }

    @Test
    void aTokenWithoutAKnownRoleIsAuthenticatedButForbidden() {
        String nobody = JWT.token("bob", List.of("auditor"));
        problem(get("/api/market/quotes", bearer(nobody)), 403);
    }

    @Test
    void anExpiredTokenIs401AndCountedAsExpired() {
        double before = metric("trading_gateway_auth_failures_total", "reason", "expired_token");
        String expired = JWT.token("alice", List.of("VIEWER"), claims -> claims
            .issueTime(Date.from(Instant.now().minusSeconds(3600)))
            .expirationTime(Date.from(Instant.now().minusSeconds(600))));
        HttpResponse<String> response = get("/api/market/quotes", bearer(expired));
        assertThat(problem(response, 401).get("reason").asString()).isEqualTo("EXPIRED_TOKEN");
        assertThat(response.headers().allValues("WWW-Authenticate")).contains("Bearer error=\"invalid_token\"");
        assertThat(metric("trading_gateway_auth_failures_total", "reason", "expired_token")).isEqualTo(before + 1);
    }

    @Test
    void aWronglySignedTokenIs401() {
        assertInvalid(JWT.wronglySigned("mallory", List.of("ADMIN")));
    }

    @Test
    void anUnsignedAlgNoneTokenIs401() {
        assertInvalid(JWT.unsigned("mallory", List.of("ADMIN")));
    }

    @Test
    void aTokenSignedByAnUnknownKeyIs401() {
        assertInvalid(JWT.unknownKey("mallory", List.of("ADMIN")));
    }

    @Test
    void aTokenFromAnotherIssuerOrForAnotherAudienceIs401() {
        assertInvalid(JWT.token("mallory", List.of("ADMIN"), claims -> claims.issuer("https://elsewhere.test")));
        assertInvalid(JWT.token("mallory", List.of("ADMIN"), claims -> claims.audience("another-api")));
    }

    @Test
    void aMalformedBearerTokenIs401() {
        assertInvalid("not-a-jwt");
    }

    private void assertInvalid(String token) {
        double before = metric("trading_gateway_auth_failures_total", "reason", "invalid_token");
        int calls = STUBS.received("risk-manager").size();
        JsonNode problem = problem(call("POST", "/api/risk/kill-switch", "{}", bearer(token)), 401);
        assertThat(problem.get("reason").asString()).isEqualTo("INVALID_TOKEN");
        assertThat(metric("trading_gateway_auth_failures_total", "reason", "invalid_token")).isEqualTo(before + 1);
        assertThat(STUBS.received("risk-manager")).hasSize(calls);
    }
}
