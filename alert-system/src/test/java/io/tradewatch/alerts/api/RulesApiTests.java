package io.tradewatch.alerts.api;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.tradewatch.alerts.support.IntegrationTestBase;
import io.tradewatch.alerts.support.TestReceiver.Request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The rules API over HTTP, with rules evaluated on ticks published to the real broker. */
class RulesApiTests extends IntegrationTestBase {

    @Test
    void aRuleCanBeCreatedReadChangedAndDeleted() {
        String symbol = unique("CR");
        HttpResponse<String> created = send("POST", "/api/alerts/rules", """
                {"name":"%s above","type":"price_above","symbol":"%s","threshold":70000,"severity":"warning",
                 "channels":[{"type":"log"}],"cooldown":"2m"}""".formatted(symbol, symbol));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode rule = parse(created.body());
        String id = rule.get("id").asString();
        assertThat(created.headers().firstValue("Location")).contains("/api/alerts/rules/" + id);
        assertThat(rule.get("threshold").asString()).isEqualTo("70000");
        assertThat(rule.get("cooldown").asString()).isEqualTo("2m");
        assertThat(rule.get("enabled").asBoolean()).isTrue();

        assertThat(parse(send("GET", "/api/alerts/rules/" + id, null).body()).get("name").asString()).isEqualTo(symbol + " above");
        assertThat(send("GET", "/api/alerts/rules", null).body()).contains(id);

        HttpResponse<String> changed = send("PUT", "/api/alerts/rules/" + id, """
                {"name":"%s below","type":"price_below","symbol":"%s","threshold":"60000.5","severity":"critical",
                 "channels":[{"type":"log"}],"enabled":false}""".formatted(symbol, symbol));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        JsonNode read = parse(send("GET", "/api/alerts/rules/" + id, null).body());
        assertThat(read.get("type").asString()).isEqualTo("price_below");
        assertThat(read.get("threshold").asString()).isEqualTo("60000.5");
        assertThat(read.get("enabled").asBoolean()).isFalse();
        assertThat(read.get("createdAt").asString()).isEqualTo(rule.get("createdAt").asString());

        assertThat(send("DELETE", "/api/alerts/rules/" + id, null).statusCode()).isEqualTo(204);
        assertThat(send("GET", "/api/alerts/rules/" + id, null).statusCode()).isEqualTo(404);
        assertThat(send("DELETE", "/api/alerts/rules/" + id, null).statusCode()).isEqualTo(404);
        assertThat(send("PUT", "/api/alerts/rules/" + id, changedBody(symbol)).statusCode()).isEqualTo(404);
    }

    @Test
    void anInvalidRuleIsRefusedWithEveryFieldNamed() {
        HttpResponse<String> response = send("POST", "/api/alerts/rules", """
                {"type":"price_sideways","severity":"urgent","threshold":"abc",
                 "channels":[{"type":"pager"},{"type":"webhook","url":"http://169.254.169.254/latest/meta-data/"}],
                 "cooldown":"soon"}""");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
            .startsWith("application/problem+json"));
        assertThat(fields(response)).containsExactlyInAnyOrder("name", "type", "severity", "channels[0].type",
                "channels[1].url", "cooldown");
        assertThat(response.body()).contains("'urgent' is unknown");
    }

    @Test
    void internalWebhookTargetsAreRefusedEvenUnderTheLocalProfile() {
        HttpResponse<String> response = send("POST", "/api/alerts/rules", """
                {"name":"ssrf","type":"pnl_below","threshold":"-500","severity":"critical","channels":[
                  {"type":"webhook","url":"http://169.254.169.254/latest/meta-data/iam/"},
                  {"type":"webhook","url":"http://10.0.0.12:8084/api/risk/kill-switch"},
                  {"type":"slack","url":"http://[::ffff:192.168.1.1]/hook"},
                  {"type":"webhook","url":"http://metadata.google.internal/computeMetadata/v1/"},
                  {"type":"webhook","url":"http://risk-manager.tradewatch.svc.cluster.local:8084/"}]}""");

        assertThat(fields(response)).containsExactly("channels[0].url", "channels[1].url", "channels[2].url",
                "channels[3].url", "channels[4].url");
    }

    @Test
    void aPriceRuleFiresOnceAndIsResolvedWhenThePriceComesBack() {
        String symbol = unique("FR");
        String path = "/rule-" + symbol;
        HttpResponse<String> created = send("POST", "/api/alerts/rules", """
                {"name":"%s breakout","type":"price_above","symbol":"%s","threshold":"100","severity":"critical",
                 "channels":[{"type":"webhook","url":"%s"}],"cooldown":"10m"}""".formatted(symbol, symbol, RECEIVER.url(path)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        publishTicks(symbol, List.of("99.5", "100.5", "101", "150"));
        await().atMost(Duration.ofSeconds(20)).until(() -> RECEIVER.requests(path, symbol), list -> list.size() == 1);
        publishTicks(symbol, List.of("99", "98"));

        List<Request> deliveries = await().atMost(Duration.ofSeconds(20))
            .until(() -> RECEIVER.requests(path, symbol), list -> list.size() == 2);
        List<JsonNode> alerts = new ArrayList<>();
        deliveries.forEach(request -> alerts.add(parse(request.text()).get("alert")));
        assertThat(alerts).extracting(alert -> alert.get("status").asString()).containsExactly("firing", "resolved");
        assertThat(alerts.get(0).get("labels").get("value").asString()).isEqualTo("100.5");
        assertThat(alerts.get(0).get("type").asString()).isEqualTo("price_cross");
        assertThat(alerts.get(1).get("firingId").asString()).isEqualTo(alerts.get(0).get("id").asString());
        assertThat(alerts.get(0).get("fingerprint").asString()).isEqualTo(alerts.get(1).get("fingerprint").asString());
    }

    private static String changedBody(String symbol) {
        return """
                {"name":"x","type":"price_below","symbol":"%s","threshold":"1","severity":"info","channels":[{"type":"log"}]}"""
            .formatted(symbol);
    }

    private List<String> fields(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        parse(response.body()).get("errors").forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }
}
