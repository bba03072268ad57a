package io.tradewatch.risk;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The kill switch: switched through REST, engaged by a critical breach, and blocking every new order. */
class KillSwitchTests extends RiskIntegrationTest {

    @Test
    void theKillSwitchBlocksEveryNewOrderIncludingOnesThatOnlyReduce() {
        publish("order.filled", fill("o-1", "ETHUSDT", "BUY", "2", "1000"));
        awaitPosition("ETHUSDT", "2.00000000");
        HttpResponse<String> engaged = post("/api/risk/kill-switch", "{\"engaged\": true, \"reason\": \"market halt\"}");
        assertThat(engaged.statusCode()).isEqualTo(200);
        assertThat(json.readTree(engaged.body()).get("engaged").asBoolean()).isTrue();
        for (String[] order : new String[][] { { "BTCUSDT", "BUY", "0.1", "10.00" },
                { "ETHUSDT", "SELL", "1", "1000.00" }, { "XYZUSDT", "BUY", "1", "1.00" } }) {
            JsonNode decision = decide(order[0], order[1], order[2], order[3]);
            assertThat(decision.get("type").asString()).isEqualTo("order.rejected");
            assertThat(rules(decision).get(0)).isEqualTo("kill_switch");
        }
        JsonNode state = getJson("/api/risk/kill-switch");
        assertThat(state.get("reason").asString()).isEqualTo("market halt");
        assertThat(state.get("source").asString()).isEqualTo("api");
        assertThat(getJson("/api/risk/exposure").get("openOrders").asInt()).isZero();
        assertThat(getJson("/api/risk/breaches")).as("the kill switch itself is not a breach per order; other rules are")
            .singleElement()
            .satisfies(breach -> assertThat(breach.get("limit").asString()).isEqualTo("symbol_tradable"));
    }

    @Test
    void aDailyLossRejectionEngagesTheKillSwitchAutomatically() {
        publish("order.filled", fill("o-2", "ETHUSDT", "BUY", "10", "1000"));
        awaitPosition("ETHUSDT", "10.00000000");
        tick("ETHUSDT", "100");
        assertThat(awaitBreaches(1).get(0).get("severity").asString()).as("drawdown above its warning")
            .isEqualTo("warning");
        awaitEquity("91000.00");
        JsonNode rejected = decide("ETHUSDT", "SELL", "1", "100.00");
        assertThat(rules(rejected)).containsExactly("daily_loss");
        JsonNode state = getJson("/api/risk/kill-switch");
        assertThat(state.get("engaged").asBoolean()).isTrue();
        assertThat(state.get("source").asString()).isEqualTo("automatic");
        assertThat(rules(decide("ETHUSDT", "SELL", "1", "100.00"))).startsWith("kill_switch");
    }

    @Test
    void aSwitchWithoutEngagedIsABadRequestNamingTheField() {
        HttpResponse<String> response = post("/api/risk/kill-switch", "{\"reason\": \"x\"}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json.readTree(response.body()).get("errors").get(0).get("field").asString()).isEqualTo("engaged");
    }
}
