package io.tradewatch.risk;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET/PUT /api/risk/limits}: stored in Redis, validated field by field, applied to the next check. */
class LimitsApiTests extends RiskIntegrationTest {

    @Test
    void aBodyThatIsNotJsonIsA415ProblemSayingToSendJson() {
        HttpResponse<String> response = send(java.net.http.HttpRequest.newBuilder(uri(port, "/api/risk/limits"))
            .header("Content-Type", "text/plain")
            .header("X-Request-Id", "limits-415")
            .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(LIMITS)));
        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("type").asString()).isEqualTo("https://tradewatch.io/problems/unsupported-media-type");
        assertThat(problem.get("title").asString()).isEqualTo("Unsupported Media Type");
        assertThat(problem.get("detail").asString())
            .isEqualTo("Content type 'text/plain' is not supported; send Content-Type: application/json");
        assertThat(problem.get("requestId").asString()).isEqualTo("limits-415");
    }

    @Test
    void limitsAreReturnedAtTheirFixedScalesAsDecimalStrings() {
        JsonNode limits = getJson("/api/risk/limits");
        assertThat(limits.get("maxOrderNotional").asString()).isEqualTo("100000.00");
        assertThat(limits.get("maxDrawdown").asString()).isEqualTo("0.1000");
        assertThat(limits.get("maxOpenOrders").asInt()).isEqualTo(20);
        assertThat(limits.get("symbols").get("BTCUSDT").get("maxPosition").asString()).isEqualTo("5.00000000");
        assertThat(limits.get("symbols").get("HALTUSDT").get("tradable").asBoolean()).isFalse();
    }

    @Test
    void invalidLimitsAreRefusedWithEveryBadFieldNamedAndNothingStored() {
        String bad = """
                {"symbols": {"BTCUSDT": {"tradable": true, "maxOrderQuantity": "-1", "maxPosition": "0.000000001"},
                             "bad symbol": {"maxOrderQuantity": "1", "maxPosition": "1"}},
                 "maxOrderNotional": "0", "maxOpenOrders": 0, "dailyLossLimit": "10.001",
                 "drawdownWarning": "0.2", "maxDrawdown": "0.1"}""";
        HttpResponse<String> response = put("/api/risk/limits", bad);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        List<String> fields = new ArrayList<>();
        json.readTree(response.body()).get("errors").forEach(error -> fields.add(error.get("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("symbols.BTCUSDT.maxOrderQuantity", "symbols.BTCUSDT.maxPosition",
                "symbols.bad symbol", "symbols.bad symbol.tradable", "maxOrderNotional", "maxGrossExposure",
                "maxOpenOrders", "dailyLossLimit", "drawdownWarning");
        assertThat(getJson("/api/risk/limits").get("maxOrderNotional").asString()).isEqualTo("100000.00");
    }

    @Test
    void anUnreadableValueIsABadRequestNamingItsField() {
        HttpResponse<String> response = put("/api/risk/limits", LIMITS.replace("\"maxOpenOrders\": 20",
                "\"maxOpenOrders\": \"many\""));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("maxOpenOrders");
    }

    @Test
    void newLimitsApplyToTheNextCheck() {
        assertThat(decide("BTCUSDT", "BUY", "1.5", "10.00").get("type").asString()).isEqualTo("order.approved");
        HttpResponse<String> response = put("/api/risk/limits", LIMITS.replace(
                "\"maxOrderQuantity\": \"2\", \"maxPosition\": \"5\"", "\"maxOrderQuantity\": \"1\", \"maxPosition\": \"5\""));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json.readTree(response.body()).get("symbols").get("BTCUSDT").get("maxOrderQuantity").asString())
            .isEqualTo("1.00000000");
        assertThat(rules(decide("BTCUSDT", "BUY", "1.5", "10.00"))).containsExactly("max_order_quantity");
    }
}
