package io.tradewatch.risk;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.tradewatch.risk.messaging.Events;

import org.springframework.amqp.core.Message;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Redelivered events have no second effect: an order gets its stored decision again (same decision id,
 * nothing more reserved), a fill or a cancellation applies once.
 */
class IdempotencyTests extends RiskIntegrationTest {

    @Test
    void aRedeliveredOrderGetsTheStoredDecisionAndNoSecondReservation() {
        Map<String, Object> order = order("ETHUSDT", "BUY", "1", "1000.00");
        publish(Events.ORDER_REQUESTED, order);
        publish(Events.ORDER_REQUESTED, order);
        List<JsonNode> decisions = awaitDecisions(2);
        assertThat(decisions.get(1)).isEqualTo(decisions.get(0));
        assertThat(decisions.get(0).get("type").asString()).isEqualTo("order.approved");
        JsonNode exposure = getJson("/api/risk/exposure");
        assertThat(exposure.get("openOrders").asInt()).isEqualTo(1);
        assertThat(exposure.get("reservedExposure").asString()).isEqualTo("1000.00");
    }

    @Test
    void aRejectedOrderRedeliveredRepublishesTheSameDecisionAndBreaches() {
        Map<String, Object> order = order("BTCUSDT", "BUY", "3", "1000.00");
        publish(Events.ORDER_REQUESTED, order);
        publish(Events.ORDER_REQUESTED, order);
        List<JsonNode> decisions = awaitDecisions(2);
        assertThat(decisions.get(1)).isEqualTo(decisions.get(0));
        assertThat(rules(decisions.get(0))).containsExactly("max_order_quantity");
        List<Message> breaches = receive(BREACHES, 2);
        assertThat(breaches.get(1).getMessageProperties().getMessageId())
            .isEqualTo(breaches.get(0).getMessageProperties().getMessageId());
        assertThat(getJson("/api/risk/breaches")).as("the history holds the breach once").hasSize(1);
    }

    @Test
    void anOrderRequestedAgainUnderANewEventIdKeepsItsFirstDecision() {
        Map<String, Object> order = order("ETHUSDT", "BUY", "1", "1000.00");
        publish(Events.ORDER_REQUESTED, order);
        JsonNode first = awaitDecisions(1).get(0);
        assertThat(put("/api/risk/limits", LIMITS.replace("\"maxOpenOrders\": 20", "\"maxOpenOrders\": 1"))
            .statusCode()).isEqualTo(200);
        order.put("id", java.util.UUID.randomUUID().toString());
        publish(Events.ORDER_REQUESTED, order);
        JsonNode again = awaitDecisions(1).get(0);
        assertThat(again).isEqualTo(first);
        assertThat(getJson("/api/risk/exposure").get("openOrders").asInt()).isEqualTo(1);
    }

    @Test
    void aRedeliveredFillChangesNothing() {
        JsonNode approved = decide("ETHUSDT", "BUY", "2", "2000.00");
        String orderId = approved.get("orderId").asString();
        Map<String, Object> fill = fill(orderId, "ETHUSDT", "BUY", "1", "1000");
        publish(Events.ORDER_FILLED, fill);
        publish(Events.ORDER_FILLED, fill);
        publish(Events.ORDER_FILLED, fill("marker", "BTCUSDT", "BUY", "0.5", "100"));
        awaitPosition("BTCUSDT", "0.50000000");
        JsonNode eth = position("ETHUSDT");
        assertThat(eth.get("quantity").asString()).isEqualTo("1.00000000");
        assertThat(eth.get("pendingBuy").asString()).isEqualTo("1.00000000");
        JsonNode exposure = getJson("/api/risk/exposure");
        assertThat(exposure.get("reservations")).singleElement()
            .satisfies(reservation -> assertThat(reservation.get("quantity").asString()).isEqualTo("1.00000000"));
        assertThat(exposure.get("reservedExposure").asString()).isEqualTo("1000.00");
    }

    @Test
    void aRedeliveredCancellationReleasesOnce() {
        String first = decide("ETHUSDT", "BUY", "1", "1000.00").get("orderId").asString();
        decide("ETHUSDT", "BUY", "1", "1000.00");
        Map<String, Object> cancel = cancel(first, "ETHUSDT", "BUY", "1");
        publish(Events.ORDER_CANCELLED, cancel);
        publish(Events.ORDER_CANCELLED, cancel);
        publish(Events.ORDER_FILLED, fill("marker", "BTCUSDT", "BUY", "0.5", "100"));
        awaitPosition("BTCUSDT", "0.50000000");
        JsonNode exposure = getJson("/api/risk/exposure");
        assertThat(exposure.get("openOrders").asInt()).isEqualTo(1);
        assertThat(exposure.get("reservedExposure").asString()).isEqualTo("1000.00");
        assertThat(position("ETHUSDT").get("pendingBuy").asString()).isEqualTo("1.00000000");
    }

    private JsonNode position(String symbol) {
        for (JsonNode position : getJson("/api/risk/positions")) {
            if (position.get("symbol").asString().equals(symbol)) {
                return position;
            }
        }
        throw new AssertionError("no position in " + symbol);
    }
}
