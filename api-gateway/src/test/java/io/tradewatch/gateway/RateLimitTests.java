package io.tradewatch.gateway;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.tradewatch.gateway.domain.Role;

import static org.assertj.core.api.Assertions.assertThat;

/** The per-key token bucket (SCG's Redis rate limiter): 429 with Retry-After once the burst is spent. */
class RateLimitTests extends GatewayTestBase {

    private static final int VIEWER_BURST = 10;

    @Test
    void aKeyGets429WithRetryAfterOnceItsBurstIsSpent() {
        String key = issueKey(Role.VIEWER).key();
        double before = metric("trading_gateway_rate_limited_total", "route", "market-data");
        long start = System.nanoTime();
        int allowed = 0;
        HttpResponse<String> refused = null;
        for (int i = 0; i < 5 * VIEWER_BURST && refused == null; i++) {
            HttpResponse<String> response = get("/api/market/quotes", apiKey(key));
            if (response.statusCode() == 429) {
                refused = response;
            }
            else {
                assertThat(response.statusCode()).isEqualTo(200);
                allowed++;
            }
        }
        long elapsedSeconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertThat(refused).as("a 429 within five bursts").isNotNull();
        // The bucket starts full (10) and refills 1 token/s: at most that many more pass while the test runs
        assertThat(allowed).isBetween(VIEWER_BURST, VIEWER_BURST + (int) elapsedSeconds + 1);
        JsonNode problem = problem(refused, 429);
        assertThat(problem.get("route").asString()).isEqualTo("market-data");
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(refused.headers().firstValue("X-RateLimit-Remaining")).hasValue("0");
        assertThat(metric("trading_gateway_rate_limited_total", "route", "market-data")).isEqualTo(before + 1);
    }

    @Test
    void eachKeyHasItsOwnBucket() {
        String spent = issueKey(Role.VIEWER).key();
        for (int i = 0; i < 5 * VIEWER_BURST; i++) {
            if (get("/api/market/symbols", apiKey(spent)).statusCode() == 429) {
                break;
            }
        }
        String fresh = issueKey(Role.VIEWER).key();
        HttpResponse<String> response = get("/api/market/symbols", apiKey(fresh));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-RateLimit-Burst-Capacity")).hasValue(String.valueOf(VIEWER_BURST));
    }
}
