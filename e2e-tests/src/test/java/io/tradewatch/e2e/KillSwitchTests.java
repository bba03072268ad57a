package io.tradewatch.e2e;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kill switch tripped by an admin through the gateway: risk-manager's gauge reads exactly 1 while it is
 * engaged and 0 after, an order is rejected with {@code kill_switch} first, and deploy's KillSwitchEngaged alert
 * travels Prometheus -> Alertmanager -> alert-system -> the webhook, signed.
 */
@Order(4)
@ExtendWith(SystemExtension.class)
class KillSwitchTests {

    private static final String GAUGE = "trading_risk_kill_switch";

    @Test
    void anAdminTripsTheKillSwitchItsGaugeIsOneOrdersAreRejectedAndItsAlertReachesTheWebhook(TradewatchSystem system) {
        Gateway gateway = new Gateway(system);
        RunningService risk = system.service(Service.RISK_MANAGER);
        assertThat(risk.scrape().value(GAUGE, Map.of())).as("released at start").isEqualTo(0.0);
        Http.Answer byTrader = gateway.send("POST", "/api/risk/kill-switch", system.traderKey(),
                Map.of("engaged", true, "reason", "end-to-end test"));
        assertThat(byTrader.status()).as(byTrader.toString()).isEqualTo(403);
        try {
            Http.Answer engaged = gateway.send("POST", "/api/risk/kill-switch", system.adminKey(),
                    Map.of("engaged", true, "reason", "end-to-end test"));
            assertThat(engaged.status()).as(engaged.toString()).isEqualTo(200);
            TradewatchSystem.await("the kill-switch gauge", Duration.ofSeconds(20),
                    () -> risk.scrape().value(GAUGE, Map.of()) != 0.0);
            assertThat(risk.scrape().value(GAUGE, Map.of())).isEqualTo(1.0);

            JsonNode order = gateway.awaitOrder(gateway.place(Map.of("symbol", TradingThroughTheGatewayTests.SYMBOL,
                    "side", "SELL", "type", "MARKET", "quantity", "1")).path("id").asString(),
                    Set.of("FILLED", "REJECTED", "CANCELLED"));
            assertThat(order.path("status").asString()).as(order.toString()).isEqualTo("REJECTED");
            assertThat(order.path("riskReasons").path(0).path("rule").asString()).isEqualTo("kill_switch");

            WebhookReceiver.Delivery alert = RiskLimitsAndAlertsTests.awaitDelivery(system, "KillSwitchEngaged",
                    delivered -> "prometheus".equals(delivered.path("type").asString())
                            && "KillSwitchEngaged".equals(delivered.path("labels").path("alertname").asString()));
            assertThat(alert.signatureValid()).as("signature " + alert.signature()).isTrue();
            assertThat(alert.alert().path("severity").asString()).isEqualTo("critical");
        }
        finally {
            Http.Answer released = gateway.send("POST", "/api/risk/kill-switch", system.adminKey(),
                    Map.of("engaged", false, "reason", "end-to-end test done"));
            assertThat(released.status()).as(released.toString()).isEqualTo(200);
        }
        TradewatchSystem.await("the kill-switch gauge released", Duration.ofSeconds(20),
                () -> risk.scrape().value(GAUGE, Map.of()) == 0.0);
    }
}
