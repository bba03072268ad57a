package io.tradewatch.alerts.domain.delivery;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveryDecisionTests {

    @Test
    void backoffDoublesFromTheInitialDelayUpToTheMaximum() {
        Backoff backoff = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(3), 2);

        assertThat(backoff.delayAfter(1)).isEqualTo(Duration.ofMillis(500));
        assertThat(backoff.delayAfter(2)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.delayAfter(3)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.delayAfter(4)).isEqualTo(Duration.ofSeconds(3));
        assertThat(backoff.delayAfter(40)).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void serverErrorsThrottlingAndRequestTimeoutsAreRetried() {
        for (int status : new int[] { 500, 502, 503, 504, 408, 429 }) {
            assertThat(AttemptResult.ofStatus(status, "")).as("HTTP %d", status).isInstanceOf(AttemptResult.Retryable.class);
        }
    }

    @Test
    void clientErrorsAndRedirectsAreNeverRetried() {
        for (int status : new int[] { 400, 401, 403, 404, 410, 422, 301, 302, 307 }) {
            assertThat(AttemptResult.ofStatus(status, "")).as("HTTP %d", status).isInstanceOf(AttemptResult.Permanent.class);
        }
        assertThat(AttemptResult.ofStatus(302, "").detail()).contains("redirects are never followed");
    }

    @Test
    void successfulAnswersAreDelivered() {
        assertThat(AttemptResult.ofStatus(204, "")).isInstanceOf(AttemptResult.Delivered.class);
        assertThat(AttemptResult.ofStatus(200, "ok").detail()).isEqualTo("HTTP 200: ok");
    }
}
