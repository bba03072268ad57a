package io.tradewatch.risk;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule, through the running service: it passes exactly at its limit and rejects one unit beyond,
 * reporting the value and the threshold as decimal strings.
 */
class RuleBoundaryTests extends RiskIntegrationTest {

    private static void assertApproved(JsonNode decision) {
        assertThat(decision.get("type").asString()).as(decision.toString()).isEqualTo("order.approved");
        assertThat(decision.get("reasons")).isEmpty();
    }

    private static void assertRejected(JsonNode decision, String rule, String value, String threshold) {
        assertThat(decision.get("type").asString()).as(decision.toString()).isEqualTo("order.rejected");
        JsonNode reason = decision.get("reasons").get(0);
        assertThat(reason.get("rule").asString()).isEqualTo(rule);
        assertThat(reason.get("value").asString()).isEqualTo(value);
        assertThat(reason.get("threshold").asString()).isEqualTo(threshold);
        assertThat(reason.get("message").asString()).isNotBlank();
    }

    @Test
    void killSwitchRejectsWhenEngagedAndPassesWhenReleased() {
        assertThat(post("/api/risk/kill-switch", "{\"engaged\": true, \"reason\": \"test\"}").statusCode())
            .isEqualTo(200);
        assertRejected(decide("BTCUSDT", "BUY", "0.1", "10.00"), "kill_switch", "1", "0");
        assertThat(post("/api/risk/kill-switch", "{\"engaged\": false}").statusCode()).isEqualTo(200);
        assertApproved(decide("BTCUSDT", "BUY", "0.1", "10.00"));
    }

    @Test
    void symbolTradableRejectsHaltedAndUnknownSymbolsNamingWhatRefusedThemAndPassesTradableOnes() {
        JsonNode halted = decide("HALTUSDT", "BUY", "1", "10.00");
        assertRejected(halted, "symbol_tradable", "0", "1");
        assertThat(halted.get("reasons").get(0).get("message").asString())
            .isEqualTo("SYMBOL_NOT_TRADABLE: HALTUSDT is not tradable: limits.symbols.HALTUSDT.tradable is false");
        JsonNode unknown = decide("XYZUSDT", "BUY", "1", "10.00");
        assertRejected(unknown, "symbol_tradable", "0", "1");
        assertThat(unknown.get("reasons").get(0).get("message").asString()).isEqualTo("SYMBOL_NOT_TRADABLE: XYZUSDT"
                + " is not tradable: the instrument catalog (tradewatch.instruments) does not list it as tradable");
        assertApproved(decide("ETHUSDT", "BUY", "1", "10.00"));
    }

    @Test
    void aCatalogSymbolWithoutPerSymbolLimitsTradesUnderTheGlobalLimits() {
        assertApproved(decide("BNBUSDT", "BUY", "1", "580.00"));
        assertRejected(decide("BNBUSDT", "BUY", "1000", "100000.01"), "max_order_notional", "100000.01",
                "100000.00");
    }

    @Test
    void symbolsOfRequestedOrdersAreReadInAnyCase() {
        JsonNode decision = decide("bnbUsdt", "BUY", "1", "580.00");
        assertApproved(decision);
        assertThat(decision.get("symbol").asString()).isEqualTo("BNBUSDT");
    }

    @Test
    void maxOrderQuantityPassesAtTwoAndRejectsOneSatoshiAbove() {
        assertApproved(decide("BTCUSDT", "BUY", "2.00000000", "10.00"));
        assertRejected(decide("BTCUSDT", "SELL", "2.00000001", "10.00"), "max_order_quantity", "2.00000001",
                "2.00000000");
    }

    @Test
    void maxOrderNotionalPassesAtTheLimitAndRejectsOneCentAbove() {
        assertApproved(decide("ETHUSDT", "BUY", "1", "100000.00"));
        assertRejected(decide("ETHUSDT", "BUY", "1", "100000.01"), "max_order_notional", "100000.01", "100000.00");
    }

    @Test
    void maxPositionCountsOpenOrdersAndPassesAtTheLimit() {
        assertApproved(decide("BTCUSDT", "BUY", "2", "10.00"));
        assertApproved(decide("BTCUSDT", "BUY", "2", "10.00"));
        assertApproved(decide("BTCUSDT", "BUY", "1", "10.00"));
        assertRejected(decide("BTCUSDT", "BUY", "0.00000001", "0.01"), "max_position", "5.00000001", "5.00000000");
        assertApproved(decide("BTCUSDT", "SELL", "2", "10.00"));
    }

    @Test
    void maxGrossExposurePassesAtTheLimitAndRejectsOneCentAbove() {
        assertApproved(decide("ETHUSDT", "BUY", "1", "100000.00"));
        assertApproved(decide("ETHUSDT", "BUY", "1", "100000.00"));
        assertApproved(decide("ETHUSDT", "BUY", "1", "49999.99"));
        assertApproved(decide("ETHUSDT", "BUY", "1", "0.01"));
        assertRejected(decide("ETHUSDT", "BUY", "1", "0.01"), "max_gross_exposure", "250000.01", "250000.00");
    }

    @Test
    void maxOpenOrdersPassesTheLastOrderThatFitsAndRejectsTheNext() {
        assertThat(put("/api/risk/limits", LIMITS.replace("\"maxOpenOrders\": 20", "\"maxOpenOrders\": 2"))
            .statusCode()).isEqualTo(200);
        assertApproved(decide("ETHUSDT", "BUY", "1", "10.00"));
        assertApproved(decide("ETHUSDT", "BUY", "1", "10.00"));
        assertRejected(decide("ETHUSDT", "BUY", "1", "10.00"), "max_open_orders", "3", "2");
    }

    @Test
    void dailyLossPassesAtTheLimitAndRejectsOneCentAbove() {
        publish("order.filled", fill("external-1", "ETHUSDT", "BUY", "10", "1000"));
        awaitPosition("ETHUSDT", "10.00000000");
        tick("ETHUSDT", "500");
        awaitEquity("95000.00");
        assertApproved(decide("ETHUSDT", "BUY", "0.001", "0.50"));
        tick("ETHUSDT", "499.999");
        assertThat(awaitBreaches(1).get(0).get("severity").asString()).as("drawdown above its warning").isEqualTo(
                "warning");
        awaitEquity("94999.99");
        assertRejected(decide("ETHUSDT", "BUY", "0.001", "0.50"), "daily_loss", "5000.01", "5000.00");
    }

    @Test
    void maxDrawdownPassesAtTheLimitAndRejectsOneCentAbove() {
        assertThat(put("/api/risk/limits", LIMITS.replace("\"dailyLossLimit\": \"5000.00\"",
                "\"dailyLossLimit\": \"50000.00\"")).statusCode()).isEqualTo(200);
        publish("order.filled", fill("external-2", "ETHUSDT", "BUY", "20", "1000"));
        awaitPosition("ETHUSDT", "20.00000000");
        tick("ETHUSDT", "500");
        assertThat(awaitBreaches(1).get(0).get("severity").asString()).isEqualTo("warning");
        awaitEquity("90000.00");
        assertApproved(decide("ETHUSDT", "BUY", "0.001", "0.50"));
        tick("ETHUSDT", "499.9995");
        assertThat(awaitBreaches(1).get(0).get("severity").asString()).isEqualTo("critical");
        awaitEquity("89999.99");
        JsonNode rejected = decide("ETHUSDT", "BUY", "0.001", "0.50");
        assertThat(rules(rejected)).as("the critical drawdown engaged the kill switch")
            .containsExactly("kill_switch", "max_drawdown");
        JsonNode drawdown = rejected.get("reasons").get(1);
        assertThat(drawdown.get("value").asString()).isEqualTo("0.100001");
        assertThat(drawdown.get("threshold").asString()).isEqualTo("0.1000");
    }
}
