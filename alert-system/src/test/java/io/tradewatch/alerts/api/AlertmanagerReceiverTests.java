package io.tradewatch.alerts.api;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.tradewatch.alerts.support.IntegrationTestBase;
import io.tradewatch.alerts.support.TestReceiver.Request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The Alertmanager webhook receiver, fed with captured Alertmanager v4 payloads over a real socket. */
class AlertmanagerReceiverTests extends IntegrationTestBase {

    private static final String PATH = "/api/alerts/alertmanager";

    /** Alertmanager's own webhook timeout is 10 s; the receiver must answer well within a second. */
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(1);

    @Test
    void aCapturedFiringThenResolvedNotificationIsDeliveredAsFiringThenResolved() {
        JsonNode captured = parse(CapturedNotifications.read("firing.json"));
        JsonNode capturedResolved = parse(CapturedNotifications.read("resolved.json"));
        JsonNode first = captured.get("alerts").get(0);
        String firstId = "\"am:" + first.get("fingerprint").asString() + "\"";
        String secondId = "\"am:" + captured.get("alerts").get(1).get("fingerprint").asString() + "\"";
        assertThat(captured.get("version").asString()).isEqualTo("4");
        assertThat(capturedResolved.get("alerts").get(0).get("fingerprint")).isEqualTo(first.get("fingerprint"));
        double duplicatesBefore = count("trading.alerts.suppressed", "reason", "duplicate");

        HttpResponse<String> firing = send("POST", PATH, CapturedNotifications.read("firing.json"), ANSWER_WITHIN);
        assertThat(firing.statusCode()).as(firing.body()).isEqualTo(200);
        List<Request> fired = await().atMost(Duration.ofSeconds(20))
            .until(() -> RECEIVER.requests("/default", firstId), list -> list.size() == 1);

        HttpResponse<String> redelivered = send("POST", PATH, CapturedNotifications.read("firing.json"), ANSWER_WITHIN);
        assertThat(redelivered.statusCode()).isEqualTo(200);
        assertThat(parse(redelivered.body()).get("outcomes").get("duplicate").asInt()).isEqualTo(2);

        HttpResponse<String> resolved = send("POST", PATH, CapturedNotifications.read("resolved.json"), ANSWER_WITHIN);
        assertThat(resolved.statusCode()).isEqualTo(200);
        List<Request> both = await().atMost(Duration.ofSeconds(20))
            .until(() -> RECEIVER.requests("/default", firstId), list -> list.size() == 2);

        List<JsonNode> alerts = both.stream().map(request -> parse(request.text()).get("alert")).toList();
        assertThat(alerts).extracting(alert -> alert.get("status").asString()).containsExactly("firing", "resolved");
        assertThat(alerts.get(0).get("type").asString()).isEqualTo("prometheus");
        assertThat(alerts.get(0).get("severity").asString()).isEqualTo(first.get("labels").get("severity").asString());
        assertThat(alerts.get(0).get("title").asString()).isEqualTo(first.get("labels").get("alertname").asString() + ": "
                + first.get("annotations").get("summary").asString());
        assertThat(alerts.get(0).get("labels").get("pod").asString()).isEqualTo(first.get("labels").get("pod").asString());
        assertThat(alerts.get(0).get("startsAt").asString()).isEqualTo(first.get("startsAt").asString());
        // Alertmanager sends the zero time as endsAt of a firing alert: the alert has no end yet
        assertThat(first.get("endsAt").asString()).isEqualTo("0001-01-01T00:00:00Z");
        assertThat(alerts.get(0).get("endsAt").isNull()).isTrue();
        assertThat(alerts.get(1).get("endsAt").asString())
            .isEqualTo(capturedResolved.get("alerts").get(0).get("endsAt").asString());
        assertThat(alerts.get(1).get("firingId").asString()).isEqualTo(alerts.get(0).get("id").asString());
        assertThat(fired.get(0).text()).isEqualTo(both.get(0).text());
        await().atMost(Duration.ofSeconds(20))
            .until(() -> RECEIVER.requests("/default", secondId), list -> list.size() == 2);
        assertThat(count("trading.alerts.suppressed", "reason", "duplicate")).isGreaterThanOrEqualTo(duplicatesBefore + 2);
    }

    @Test
    void aMalformedPayloadIsRefusedWithEveryProblemNamed() {
        String payload = """
                {"version":"3","status":"firing","alerts":[
                  {"status":"burning","labels":{"severity":"warning"},"startsAt":"yesterday"}]}""";

        HttpResponse<String> response = send("POST", PATH, payload);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
            .startsWith("application/problem+json"));
        assertThat(fields(response)).containsExactly("version");

        HttpResponse<String> alertProblems = send("POST", PATH, payload.replace("\"3\"", "\"4\""));
        assertThat(fields(alertProblems)).containsExactlyInAnyOrder("alerts[0].status", "alerts[0].fingerprint",
                "alerts[0].labels.alertname", "alerts[0].startsAt");
    }

    @Test
    void bodiesThatAreNotJsonOrAreEmptyAreRefused() {
        assertThat(send("POST", PATH, "{\"version\":\"4\",").statusCode()).isEqualTo(400);
        assertThat(send("POST", PATH, "[]").statusCode()).isEqualTo(400);
        HttpResponse<String> empty = send("POST", PATH, null);
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("body");
    }

    @Test
    void anUnknownSeverityIsRefusedUnlessItHasAnAlias() {
        String unknown = CapturedNotifications.read("firing.json").replace("\"severity\":\"warning\"", "\"severity\":\"disaster\"");
        HttpResponse<String> refused = send("POST", PATH, unknown);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(fields(refused)).containsExactly("alerts[0].labels.severity", "alerts[1].labels.severity");

        String aliased = CapturedNotifications.withFingerprints(CapturedNotifications.read("firing.json").replace("\"severity\":\"warning\"", "\"severity\":\"page\""),
                "0a1b2c3d4e5f6071", "0a1b2c3d4e5f6072");
        assertThat(send("POST", PATH, aliased, ANSWER_WITHIN).statusCode()).isEqualTo(200);
        Request delivered = await().atMost(Duration.ofSeconds(20))
            .until(() -> RECEIVER.requests("/default", "\"am:0a1b2c3d4e5f6071\""), list -> !list.isEmpty()).get(0);
        assertThat(parse(delivered.text()).get("alert").get("severity").asString()).isEqualTo("critical");
    }

    @Test
    void anOversizedBodyIsRefusedAsAProblem() {
        String huge = CapturedNotifications.read("firing.json").replace("\"receiver\":\"alert-system\"",
                "\"receiver\":\"" + "x".repeat(2 * 1024 * 1024) + "\"");

        HttpResponse<String> response = send("POST", PATH, huge);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("larger than this service accepts");
    }

    private List<String> fields(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        List<String> fields = new java.util.ArrayList<>();
        parse(response.body()).get("errors").forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }
}
