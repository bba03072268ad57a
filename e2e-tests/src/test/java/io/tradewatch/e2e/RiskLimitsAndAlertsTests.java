package io.tradewatch.e2e;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static io.tradewatch.e2e.Gateway.decimal;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Risk limits lowered by an admin through the gateway reject the next order that breaches them, with its
 * reason, and the breach reaches the user's webhook as a signed alert; an alert rule a trader creates through
 * the gateway delivers there too.
 */
@Order(3)
@ExtendWith(SystemExtension.class)
class RiskLimitsAndAlertsTests {

    private static final String SYMBOL = TradingThroughTheGatewayTests.SYMBOL;

    @Test
    void anOrderBreachingLoweredLimitsIsRejectedWithItsReasonAndTheBreachReachesTheWebhookSigned(
            TradewatchSystem system) {
        Gateway gateway = new Gateway(system);
        ObjectNode limits = (ObjectNode) gateway.limits();
        ((ObjectNode) limits.path("symbols")).putObject(SYMBOL)
            .put("tradable", true)
            .put("maxOrderQuantity", "10.00000000")
            .put("maxPosition", "5000.00000000");
        Http.Answer byTrader = gateway.send("PUT", "/api/risk/limits", system.traderKey(), limits);
        assertThat(byTrader.status()).as("only an admin changes limits: " + byTrader).isEqualTo(403);
        gateway.putLimits(limits);
        assertThat(gateway.limits().path("symbols").path(SYMBOL).path("maxOrderQuantity").asString())
            .isEqualTo("10.00000000");

        BigDecimal ask = decimal(gateway.quote(SYMBOL).path("ask"));
        String limit = ask.multiply(new BigDecimal("1.1")).setScale(4, RoundingMode.UP).toPlainString();
        JsonNode order = gateway.awaitOrder(gateway.place(Map.of("symbol", SYMBOL, "side", "BUY", "type", "LIMIT",
                "quantity", "50", "limitPrice", limit, "timeInForce", "GTC")).path("id").asString(),
                Set.of("FILLED", "REJECTED", "CANCELLED", "APPROVED"));
        assertThat(order.path("status").asString()).as(order.toString()).isEqualTo("REJECTED");
        JsonNode reason = order.path("riskReasons").path(0);
        assertThat(order.path("riskReasons").size()).as(order.toString()).isEqualTo(1);
        assertThat(reason.path("rule").asString()).isEqualTo("max_order_quantity");
        assertThat(decimal(reason.path("value"))).isEqualByComparingTo("50");
        assertThat(decimal(reason.path("threshold"))).isEqualByComparingTo("10");
        // The strategies place market orders only: this is the run's one rejected limit buy.
        assertThat(system.service(Service.ORDER_EXECUTOR).scrape()
            .value("trading_orders_rejected_total", Map.of("side", "buy", "type", "limit"))).isEqualTo(1.0);

        WebhookReceiver.Delivery breach = awaitDelivery(system, "risk_breach for " + SYMBOL,
                alert -> "risk_breach".equals(alert.path("type").asString())
                        && SYMBOL.equals(alert.path("labels").path("symbol").asString()));
        assertThat(breach.signatureValid()).as("signature " + breach.signature()).isTrue();
        assertThat(breach.alert().path("labels").path("limit").asString()).isEqualTo("max_order_quantity");
        assertThat(breach.alert().path("status").asString()).isEqualTo("firing");
    }

    @Test
    void anAlertRuleCreatedThroughTheGatewayDeliversToItsWebhookSigned(TradewatchSystem system) {
        Gateway gateway = new Gateway(system);
        Map<String, Object> rule = Map.of("name", "XRP above a cent of a cent", "type", "price_above", "symbol",
                SYMBOL, "threshold", "0.0001", "severity", "warning", "channels",
                java.util.List.of(Map.of("type", "webhook", "url", system.webhook().url())), "cooldown", "1h");
        Http.Answer byViewer = gateway.send("POST", "/api/alerts/rules", system.viewerKey(), rule);
        assertThat(byViewer.status()).as(byViewer.toString()).isEqualTo(403);
        Http.Answer created = gateway.send("POST", "/api/alerts/rules", system.traderKey(), rule);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String ruleId = created.json().path("id").asString();

        WebhookReceiver.Delivery delivery = awaitDelivery(system, "the rule's alert",
                alert -> ruleId.equals(alert.path("ruleId").asString()));
        assertThat(delivery.signatureValid()).isTrue();
        assertThat(delivery.alert().path("type").asString()).isEqualTo("price_cross");
        assertThat(delivery.alert().path("severity").asString()).isEqualTo("warning");
    }

    static WebhookReceiver.Delivery awaitDelivery(TradewatchSystem system, String what, Predicate<JsonNode> alert) {
        java.util.concurrent.atomic.AtomicReference<WebhookReceiver.Delivery> found =
                new java.util.concurrent.atomic.AtomicReference<>();
        TradewatchSystem.await(what + " at the webhook", Duration.ofSeconds(90), () -> {
            Optional<WebhookReceiver.Delivery> match = system.webhook().deliveries().stream()
                .filter(delivery -> alert.test(delivery.alert()))
                .findFirst();
            match.ifPresent(found::set);
            return match.isPresent();
        });
        return found.get();
    }
}
