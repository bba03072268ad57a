package io.tradewatch.alerts.delivery;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.tradewatch.alerts.domain.delivery.Delivery;
import io.tradewatch.alerts.support.IntegrationTestBase;
import io.tradewatch.alerts.support.TestReceiver.Request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Deliveries to a real HTTP receiver on 127.0.0.1: signatures, retries, timeouts, redirects and dead letters. */
class WebhookDeliveryTests extends IntegrationTestBase {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void aRiskBreachBecomesASignedWebhookDeliveryWhoseSignatureVerifies() throws Exception {
        String symbol = unique("RB");
        double deliveredBefore = count("trading.alerts.delivered", "channel", "webhook");
        double slackBefore = count("trading.alerts.delivered", "channel", "slack");
        double logBefore = count("trading.alerts.delivered", "channel", "log");
        double triggeredBefore = count("trading.alerts.triggered", "severity", "critical", "type", "risk_breach");

        publish("risk.breach", "risk.breach", Map.of("limit", "max_position", "value", "12.5", "threshold", "10",
                "severity", "critical", "orderId", "5b0c7d1e-0000-4000-8000-000000000001", "symbol", symbol, "message",
                "position of 12.5 " + symbol + " is above the limit of 10"));

        Request webhook = await().atMost(WAIT).until(() -> RECEIVER.requests("/default", symbol), list -> !list.isEmpty()).get(0);
        String expected = "sha256=" + hmac(SECRET, webhook.body());
        assertThat(webhook.header("X-Tradewatch-Signature")).isEqualTo(expected);
        assertThat(webhook.header("Content-Type")).isEqualTo("application/json");
        JsonNode body = parse(webhook.text());
        assertThat(body.get("version").asInt()).isEqualTo(1);
        assertThat(body.get("deliveryId").asString()).isEqualTo(webhook.header("X-Tradewatch-Delivery"));
        JsonNode alert = body.get("alert");
        assertThat(alert.get("type").asString()).isEqualTo("risk_breach");
        assertThat(alert.get("severity").asString()).isEqualTo("critical");
        assertThat(alert.get("status").asString()).isEqualTo("firing");
        assertThat(alert.get("labels").get("limit").asString()).isEqualTo("max_position");
        assertThat(alert.get("title").asString()).contains(symbol);

        Request slack = await().atMost(WAIT).until(() -> RECEIVER.requests("/slack", symbol), list -> !list.isEmpty()).get(0);
        JsonNode slackBody = parse(slack.text());
        assertThat(slackBody.get("text").asString()).startsWith("[CRITICAL] firing: Risk limit max_position breached");
        assertThat(slackBody.get("attachments").get(0).get("color").asString()).isEqualTo("#d00000");
        assertThat(slack.header("X-Tradewatch-Signature")).isNull();

        await().atMost(WAIT).untilAsserted(() -> assertThat(count("trading.alerts.delivered", "channel", "webhook"))
            .isGreaterThanOrEqualTo(deliveredBefore + 1));
        // the third default channel, the log, delivers the same alert; each channel's delivery is counted
        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(count("trading.alerts.delivered", "channel", "slack")).isGreaterThanOrEqualTo(slackBefore + 1);
            assertThat(count("trading.alerts.delivered", "channel", "log")).isGreaterThanOrEqualTo(logBefore + 1);
        });
        assertThat(registry.find("trading.alert.delivery.duration").tag("channel", "webhook").timer())
            .satisfies(timer -> assertThat(timer.count()).isPositive());
        assertThat(count("trading.alerts.triggered", "severity", "critical", "type", "risk_breach"))
            .isEqualTo(triggeredBefore + 1);
    }

    @Test
    void aServerErrorIsRetriedWithTheSameBodyUntilItSucceeds() {
        String path = "/retry-" + unique("");
        RECEIVER.respond(path, 500, 503, 200);
        double failuresBefore = count("trading.alerts.delivery.failures", "channel", "webhook");

        raiseThroughARule(path);

        List<Request> attempts = await().atMost(WAIT).until(() -> RECEIVER.requests(path, ""), list -> list.size() >= 3);
        assertThat(attempts).extracting(request -> request.header("X-Tradewatch-Attempt")).containsExactly("1", "2", "3");
        assertThat(attempts).extracting(request -> request.header("X-Tradewatch-Delivery")).containsOnly(
                attempts.get(0).header("X-Tradewatch-Delivery"));
        assertThat(attempts).extracting(Request::text).containsOnly(attempts.get(0).text());
        assertThat(count("trading.alerts.delivery.failures", "channel", "webhook")).isGreaterThanOrEqualTo(failuresBefore + 2);
        assertThat(deadLetters()).noneMatch(letter -> letter.get("target").asString().contains(path));
    }

    @Test
    void aClientErrorIsNotRetriedAndTheDeadLetterCanBeRetriedLater() {
        String path = "/reject-" + unique("");
        RECEIVER.respond(path, 400);

        String alertId = raiseThroughARule(path);

        JsonNode letter = await().atMost(WAIT).until(() -> deadLetterFor(alertId), found -> found != null);
        assertThat(letter.get("lastStatus").asInt()).isEqualTo(400);
        assertThat(letter.get("attempts").asInt()).isEqualTo(1);
        assertThat(letter.get("reason").asString()).contains("HTTP 400");
        assertThat(RECEIVER.requests(path, "")).hasSize(1);

        RECEIVER.respond(path, 200);
        HttpResponse<String> retried = send("POST", "/api/alerts/dead-letters/" + letter.get("id").asString() + "/retry", null);

        assertThat(retried.statusCode()).isEqualTo(202);
        await().atMost(WAIT).until(() -> RECEIVER.requests(path, alertId), list -> list.size() == 2);
        assertThat(deadLetterFor(alertId)).isNull();
        assertThat(send("POST", "/api/alerts/dead-letters/" + letter.get("id").asString() + "/retry", null).statusCode())
            .isEqualTo(404);
    }

    @Test
    void aHangingTargetTimesOutWithoutDelayingAnotherChannel() {
        String token = unique("");
        String hang = "/hang-" + token;
        String fast = "/fast-" + token;
        RECEIVER.hang(hang);

        String alertId = raiseThroughARule(hang, fast);

        Request delivered = await().atMost(WAIT).until(() -> RECEIVER.requests(fast, alertId), list -> !list.isEmpty()).get(0);
        List<Request> hangAttempts = await().atMost(WAIT).until(() -> RECEIVER.requests(hang, alertId), list -> list.size() == 3);
        assertThat(delivered.receivedNanos()).as("the fast target got the alert before the hanging one's second attempt")
            .isLessThan(hangAttempts.get(1).receivedNanos());
        JsonNode letter = await().atMost(WAIT).until(() -> deadLetterFor(alertId), found -> found != null);
        assertThat(letter.get("reason").asString()).contains("timed out after 1500 ms");
        assertThat(letter.get("attempts").asInt()).isEqualTo(3);
        assertThat(letter.get("target").asString()).doesNotContain(token);
    }

    @Test
    void aRedirectIsNeverFollowed() {
        String token = unique("");
        String path = "/moved-" + token;
        RECEIVER.redirect(path, RECEIVER.url("/landing-" + token));

        String alertId = raiseThroughARule(path);

        JsonNode letter = await().atMost(WAIT).until(() -> deadLetterFor(alertId), found -> found != null);
        assertThat(letter.get("lastStatus").asInt()).isEqualTo(302);
        assertThat(RECEIVER.requests(path, "")).hasSize(1);
        assertThat(RECEIVER.requests("/landing-" + token, "")).isEmpty();
    }

    /** Creates a price rule whose webhooks are {@code paths} on the test receiver and fires it with a tick. */
    private String raiseThroughARule(String... paths) {
        String symbol = unique("PX");
        StringBuilder channels = new StringBuilder();
        for (String path : paths) {
            channels.append(channels.isEmpty() ? "" : ",").append("{\"type\":\"webhook\",\"url\":\"")
                .append(RECEIVER.url(path)).append("\"}");
        }
        HttpResponse<String> created = send("POST", "/api/alerts/rules", """
                {"name":"delivery test","type":"price_above","symbol":"%s","threshold":"100","severity":"warning",
                 "channels":[%s],"cooldown":"1m"}""".formatted(symbol, channels));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        publish("tick." + symbol, "tick", Map.of("symbol", symbol, "price", "101.50", "size", "0.1", "bid", "101.40",
                "ask", "101.60", "seq", 1, "source", "simulated", "tradeTime", java.time.Instant.now().toString()));
        JsonNode entry = await().atMost(WAIT).until(() -> historyEntry(symbol), found -> found != null);
        return entry.get("alert").get("id").asString();
    }

    private JsonNode historyEntry(String text) {
        for (JsonNode entry : parse(send("GET", "/api/alerts?limit=200", null).body())) {
            if (entry.get("alert").get("title").asString().contains(text)) {
                return entry;
            }
        }
        return null;
    }

    private List<JsonNode> deadLetters() {
        HttpResponse<String> response = send("GET", "/api/alerts/dead-letters?limit=1000", null);
        assertThat(response.statusCode()).isEqualTo(200);
        List<JsonNode> letters = new java.util.ArrayList<>();
        parse(response.body()).forEach(letters::add);
        return letters;
    }

    private JsonNode deadLetterFor(String alertId) {
        return deadLetters().stream().filter(letter -> letter.get("alertId").asString().equals(alertId)).findFirst()
            .orElse(null);
    }

    private static String hmac(String secret, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body));
    }
}
