package io.tradewatch.alerts.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.rabbitmq.client.Channel;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.tradewatch.alerts.support.IntegrationTestBase;
import io.tradewatch.alerts.support.TestReceiver.Request;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.core.ChannelCallback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Events published to the real broker as the other services publish them, and the queues they arrive on. */
class EventSourcesTests extends IntegrationTestBase {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void aKillSwitchRejectionIsACriticalAlert() {
        String symbol = unique("OR");
        publish("order.rejected", "order.rejected", Map.of("orderId", UUID.randomUUID().toString(), "symbol", symbol,
                "side", "BUY", "orderType", "MARKET", "quantity", "0.5", "notional", "32000.00", "decidedAt",
                Instant.now().toString(), "reasons", List.of(Map.of("rule", "kill_switch", "value", "1", "threshold", "0",
                        "message", "trading is halted by the kill switch"))));

        JsonNode alert = alert(await().atMost(WAIT).until(() -> RECEIVER.requests("/default", symbol), list -> !list.isEmpty()).get(0));
        assertThat(alert.get("type").asString()).isEqualTo("order_rejected");
        assertThat(alert.get("severity").asString()).isEqualTo("critical");
        assertThat(alert.get("message").asString()).isEqualTo("trading is halted by the kill switch");
    }

    @Test
    void onlyFillsAtOrAboveTheConfiguredNotionalAreAlertsAndARedeliveryIsSentOnce() {
        String symbol = unique("LF");
        double duplicatesBefore = count("trading.alerts.suppressed", "reason", "duplicate");
        Map<String, Object> small = fill(symbol, "0.1", "49999.99");
        Map<String, Object> large = fill(symbol, "1", "50000.00");
        publish("order.filled", "order.filled", small);
        String id = UUID.randomUUID().toString();
        publishWithId("order.filled", id, large);
        publishWithId("order.filled", id, large);

        await().atMost(WAIT).untilAsserted(() -> assertThat(count("trading.alerts.suppressed", "reason", "duplicate"))
            .isEqualTo(duplicatesBefore + 1));
        List<Request> delivered = await().atMost(WAIT).until(() -> RECEIVER.requests("/default", symbol), list -> !list.isEmpty());
        assertThat(delivered).hasSize(1);
        JsonNode alert = alert(delivered.get(0));
        assertThat(alert.get("type").asString()).isEqualTo("large_fill");
        assertThat(alert.get("labels").get("notional").asString()).isEqualTo("50000.00");
    }

    @Test
    void aDisconnectedFeedFiresAndItsReconnectionResolvesIt() {
        String connection = unique("ws-");
        feed(connection, "DISCONNECTED");
        await().atMost(WAIT).until(() -> RECEIVER.requests("/default", connection), list -> list.size() == 1);
        feed(connection, "STALE");
        feed(connection, "CONNECTED");

        List<Request> deliveries = await().atMost(WAIT).until(() -> RECEIVER.requests("/default", connection),
                list -> list.size() == 2);
        assertThat(deliveries).extracting(request -> alert(request).get("status").asString()).containsExactly("firing",
                "resolved");
        assertThat(alert(deliveries.get(0)).get("severity").asString()).isEqualTo("critical");
    }

    @Test
    void anUnreadableMessageIsDeadLetteredToTheQueuesDlq() {
        byte[] garbage = ("{\"type\":\"risk.breach\",\"id\":\"" + unique("bad") + "\",\"limit\":").getBytes(StandardCharsets.UTF_8);
        MessageProperties properties = new MessageProperties();
        properties.setContentType("application/json");
        rabbit.send("trading.events", "risk.breach", new Message(garbage, properties));

        Message dead = await().atMost(WAIT).until(() -> rabbit.receive("alert-system.risk.dlq"), message -> message != null);

        assertThat(dead.getBody()).isEqualTo(garbage);
        assertThat(dead.getMessageProperties().getHeaders()).containsKey("x-death");
    }

    @Test
    void theDeclaredQueuesHaveTheArgumentsOfTheContract() {
        for (String queue : List.of("alert-system.risk", "alert-system.orders", "alert-system.feed")) {
            Map<String, Object> arguments = new HashMap<>(Map.of("x-queue-type", "quorum", "x-delivery-limit", 5,
                    "x-dead-letter-exchange", "trading.dlx", "x-dead-letter-routing-key", queue));
            assertThat(redeclare(queue, arguments)).isEqualTo(queue);
            assertThat(redeclare(queue + ".dlq", Map.of("x-queue-type", "quorum"))).isEqualTo(queue + ".dlq");
            arguments.put("x-delivery-limit", 6);
            assertThatThrownBy(() -> redeclare(queue, arguments)).hasStackTraceContaining("PRECONDITION_FAILED");
        }
        assertThat(redeclare("alert-system.ticks", Map.of("x-max-length", 10000, "x-overflow", "drop-head",
                "x-single-active-consumer", true))).isEqualTo("alert-system.ticks");
    }

    private String redeclare(String queue, Map<String, Object> arguments) {
        return rabbit.execute((ChannelCallback<String>) (Channel channel) -> channel
            .queueDeclare(queue, true, false, false, arguments).getQueue());
    }

    private void feed(String connection, String status) {
        publish("feed.status", "feed.status", Map.of("feed", "websocket", "connection", connection, "status", status,
                "detail", "binance stream " + status.toLowerCase()));
    }

    private static Map<String, Object> fill(String symbol, String quantity, String notional) {
        Map<String, Object> fill = new HashMap<>();
        fill.put("orderId", UUID.randomUUID().toString());
        fill.put("fillId", UUID.randomUUID().toString());
        fill.put("symbol", symbol);
        fill.put("side", "SELL");
        fill.put("orderType", "LIMIT");
        fill.put("quantity", quantity);
        fill.put("price", "50000.00");
        fill.put("fee", "5.00");
        fill.put("notional", notional);
        fill.put("slippageBps", 0.0);
        fill.put("strategyId", null);
        fill.put("filledAt", Instant.now().toString());
        return fill;
    }

    private void publishWithId(String routingKey, String id, Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(fields);
        body.put("type", routingKey);
        body.put("id", id);
        body.put("occurredAt", Instant.now().toString());
        body.put("version", 1);
        MessageProperties properties = new MessageProperties();
        properties.setContentType("application/json");
        rabbit.send("trading.events", routingKey, new Message(json.writeValueAsBytes(body), properties));
    }

    private JsonNode alert(Request request) {
        return parse(request.text()).get("alert");
    }
}
