package io.tradewatch.risk;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.tradewatch.risk.messaging.Events;

import org.springframework.amqp.core.Message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Fills and cancellations convert and release reservations and keep positions and P&L; ticks mark to
 * market; drawdown crossing its thresholds is announced once per crossing.
 */
class BookTests extends RiskIntegrationTest {

    @Test
    void aPartialFillConvertsItsShareOfTheReservationAndACancellationReleasesTheRest() {
        String orderId = decide("ETHUSDT", "BUY", "3", "3000.00").get("orderId").asString();
        publish(Events.ORDER_FILLED, fill(orderId, "ETHUSDT", "BUY", "1", "1000"));
        await().atMost(Duration.ofSeconds(10))
            .untilAsserted(() -> assertThat(getJson("/api/risk/exposure").get("reservedExposure").asString())
                .isEqualTo("2000.00"));
        JsonNode exposure = getJson("/api/risk/exposure");
        assertThat(exposure.get("positionExposure").asString()).isEqualTo("1000.00");
        assertThat(exposure.get("grossExposure").asString()).isEqualTo("3000.00");
        assertThat(exposure.get("reservations").get(0).get("quantity").asString()).isEqualTo("2.00000000");

        publish(Events.ORDER_CANCELLED, cancel(orderId, "ETHUSDT", "BUY", "2"));
        await().atMost(Duration.ofSeconds(10))
            .untilAsserted(() -> assertThat(getJson("/api/risk/exposure").get("openOrders").asInt()).isZero());
        JsonNode after = getJson("/api/risk/exposure");
        assertThat(after.get("reservedExposure").asString()).isEqualTo("0.00");
        assertThat(after.get("grossExposure").asString()).isEqualTo("1000.00");
        JsonNode eth = getJson("/api/risk/positions").get(0);
        assertThat(eth.get("quantity").asString()).isEqualTo("1.00000000");
        assertThat(eth.get("averagePrice").asString()).isEqualTo("1000.00000000");
        assertThat(eth.get("pendingBuy").asString()).isEqualTo("0.00000000");
    }

    @Test
    void sellingRealizesPnlNetOfFeesAndTicksMarkTheRest() {
        publish(Events.ORDER_FILLED, fill("o-1", "ETHUSDT", "BUY", "2", "1000"));
        var sell = fill("o-2", "ETHUSDT", "SELL", "1", "1100");
        sell.put("fee", "1.00");
        publish(Events.ORDER_FILLED, sell);
        awaitPosition("ETHUSDT", "1.00000000");
        tick("ETHUSDT", "1200");
        await().atMost(Duration.ofSeconds(10))
            .untilAsserted(() -> assertThat(getJson("/api/risk/exposure").get("unrealizedPnl").asString())
                .isEqualTo("200.00"));
        JsonNode exposure = getJson("/api/risk/exposure");
        assertThat(exposure.get("realizedPnl").asString()).isEqualTo("99.00");
        assertThat(exposure.get("equity").asString()).isEqualTo("100299.00");
        assertThat(exposure.get("equityPeak").asString()).isEqualTo("100299.00");
        assertThat(exposure.get("positionExposure").asString()).isEqualTo("1200.00");
        JsonNode eth = getJson("/api/risk/positions").get(0);
        assertThat(eth.get("markPrice").asString()).isEqualTo("1200.00000000");
        assertThat(eth.get("realizedPnl").asString()).isEqualTo("99.00");
    }

    /**
     * The same two fills order-executor's {@code PortfolioTests} makes, so both services report the same realized
     * P&L net of fees. Slippage 5 bps, fee 10 bps:
     * market buy 2 at ask 100 fills at 100 x 1.0005 = 100.05, notional 200.10, fee 0.2001;
     * market sell 2 at bid 110 fills at 110 x 0.9995 = 109.945, notional 219.89, fee 0.21989;
     * gross realized 2 x (109.945 - 100.05) = 19.79, fees 0.41999, net realized 19.37001 = 19.37 to the cent
     * (kept in cents per fill: -0.2001 -> -0.20, 19.79 - 0.21989 = 19.57011 -> 19.57; -0.20 + 19.57 = 19.37).
     */
    @Test
    void aRoundTripWithSlippageAndFeesRealizesThePnlOrderExecutorReports() {
        var buy = fill("o-net-1", "NETUSDT", "BUY", "2", "100.05");
        buy.put("fee", "0.2001");
        buy.put("slippageBps", 5);
        publish(Events.ORDER_FILLED, buy);
        awaitPosition("NETUSDT", "2.00000000");
        var sell = fill("o-net-2", "NETUSDT", "SELL", "2", "109.945");
        sell.put("fee", "0.21989");
        sell.put("slippageBps", 5);
        publish(Events.ORDER_FILLED, sell);
        await().atMost(Duration.ofSeconds(10))
            .untilAsserted(() -> assertThat(getJson("/api/risk/exposure").get("realizedPnl").asString())
                .isEqualTo("19.37"));
        assertThat(getJson("/api/risk/exposure").get("positionExposure").asString()).isEqualTo("0.00");
    }

    @Test
    void drawdownCrossingsArePublishedOnceEachAndTheCriticalOneEngagesTheKillSwitch() {
        publish(Events.ORDER_FILLED, fill("o-3", "ETHUSDT", "BUY", "20", "1000"));
        awaitPosition("ETHUSDT", "20.00000000");
        tick("ETHUSDT", "740");
        tick("ETHUSDT", "730");
        tick("ETHUSDT", "400");
        List<Message> breaches = receive(BREACHES, 2);
        JsonNode warning = json.readTree(breaches.get(0).getBody());
        JsonNode critical = json.readTree(breaches.get(1).getBody());
        assertThat(warning.get("limit").asString()).isEqualTo("max_drawdown");
        assertThat(warning.get("severity").asString()).isEqualTo("warning");
        // Marks may coalesce ticks that arrive together, so the warning is seen at 740 or at 730.
        assertThat(warning.get("value").asString()).isIn("0.052000", "0.054000");
        assertThat(warning.get("threshold").asString()).isEqualTo("0.0500");
        assertThat(critical.get("severity").asString()).isEqualTo("critical");
        assertThat(critical.get("value").asString()).isEqualTo("0.120000");
        assertThat(critical.get("threshold").asString()).isEqualTo("0.1000");
        assertThat(getJson("/api/risk/breaches")).extracting(b -> b.get("severity").asString())
            .containsExactly("critical", "warning");
        JsonNode killSwitch = getJson("/api/risk/kill-switch");
        assertThat(killSwitch.get("engaged").asBoolean()).isTrue();
        assertThat(killSwitch.get("source").asString()).isEqualTo("automatic");
        // The account-wide figures are refreshed from the shared state on a short schedule.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode exposure = getJson("/api/risk/exposure");
            assertThat(exposure.get("drawdown").asDouble()).isEqualTo(0.12);
            assertThat(exposure.get("drawdownLevel").asString()).isEqualTo("critical");
        });
    }
}
