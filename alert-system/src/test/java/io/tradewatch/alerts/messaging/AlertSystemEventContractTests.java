package io.tradewatch.alerts.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.Counter;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import io.tradewatch.alerts.support.IntegrationTestBase;
import io.tradewatch.testsupport.contract.DeclaredBindings;
import io.tradewatch.testsupport.contract.EventContract;
import io.tradewatch.testsupport.contract.EventContract.Example;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The alert-system against the message contract ({@code META-INF/tradewatch/asyncapi.yaml}): the bindings it
 * declares are the contract's (it publishes nothing), and every example of what it consumes, with an unknown
 * field added, has its effect: the alert the example calls for, or none for a fill below the large-fill
 * notional.
 */
class AlertSystemEventContractTests extends IntegrationTestBase {

    private static final EventContract CONTRACT = EventContract.load();

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void declaresExactlyTheBindingsOfTheContractAndPublishesNothing() {
        DeclaredBindings.of(context).assertMatch(CONTRACT, "alert-system");
        assertThat(CONTRACT.publishedAddresses("alert-system")).isEmpty();
    }

    @Test
    void everyBreachOfTheContractRaisesItsAlert() {
        for (Example breach : CONTRACT.examples("riskBreach")) {
            publishExample("risk.breach", breach.withUnknownField());
            JsonNode alert = awaitAlert("risk_breach", breach.payload().get("message").asString());
            assertThat(alert.get("severity").asString()).isEqualTo(breach.payload().get("severity").asString());
        }
    }

    @Test
    void theRejectionOfTheContractRaisesAnAlertNamingEveryFailedRule() {
        Example rejection = CONTRACT.example("orderRejected");
        publishExample("order.rejected", rejection.withUnknownField());
        JsonNode alert = awaitAlert("order_rejected", null, rejection.payload().get("orderId").asString());
        assertThat(alert.get("labels").get("rules").asString()).isEqualTo("max_order_quantity,max_order_notional");
        assertThat(alert.get("message").asString())
            .startsWith(rejection.payload().get("reasons").get(0).get("message").asString());
    }

    @Test
    void theFeedChangeOfTheContractRaisesACriticalAlert() {
        Example change = CONTRACT.example("feedStatus");
        publishExample("feed.status", change.withUnknownField());
        JsonNode alert = awaitAlert("feed_stale", null, change.payload().get("connection").asString());
        assertThat(alert.get("severity").asString()).isEqualTo("critical");
    }

    @Test
    void theFillOfTheContractIsHandledAndRaisesNothingBelowTheLargeFillNotional() {
        Example fill = CONTRACT.example("orderFilled");
        double handled = consumed("alert-system.orders", "order.filled");
        publishExample("order.filled", fill.withUnknownField());
        await().atMost(WAIT).until(() -> consumed("alert-system.orders", "order.filled") == handled + 1);
        assertThat(history()).noneMatch(alert -> alert.get("type").asString().equals("large_fill")
                && alert.toString().contains(fill.payload().get("fillId").asString()));
        assertThat(rabbit.receive("alert-system.orders.dlq")).isNull();
    }

    @Test
    void theTickOfTheContractTriggersAPriceRule() {
        Example tick = CONTRACT.example("tick");
        String symbol = tick.payload().get("symbol").asString();
        assertThat(send("POST", "/api/alerts/rules", """
                {"name":"contract tick","type":"price_above","symbol":"%s","threshold":"64000","severity":"warning",
                 "channels":[{"type":"log"}]}""".formatted(symbol)).statusCode()).isEqualTo(201);
        long[] seq = { tick.payload().get("seq").asLong() };
        // rules are reloaded every second: repeat the tick, one sequence number further each time, until evaluated
        await().atMost(WAIT).pollInterval(Duration.ofMillis(500)).until(() -> {
            ObjectNode body = tick.withUnknownField();
            body.put("seq", seq[0]++);
            publishExample("tick." + symbol, body);
            return history().stream().anyMatch(alert -> alert.get("type").asString().equals("price_cross")
                    && alert.get("labels").path("subject").asString().equals(symbol)
                    && alert.get("labels").path("value").asString().equals(tick.payload().get("price").asString()));
        });
    }

    private JsonNode awaitAlert(String type, String message) {
        return awaitAlert(type, message, null);
    }

    private JsonNode awaitAlert(String type, String message, String labelValue) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(WAIT).until(() -> {
            for (JsonNode alert : history()) {
                if (alert.get("type").asString().equals(type)
                        && (message == null || alert.get("message").asString().equals(message))
                        && (labelValue == null || alert.get("labels").toString().contains("\"" + labelValue + "\""))) {
                    found[0] = alert;
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    private List<JsonNode> history() {
        List<JsonNode> alerts = new ArrayList<>();
        for (JsonNode entry : parse(send("GET", "/api/alerts?limit=500", null).body())) {
            alerts.add(entry.get("alert"));
        }
        return alerts;
    }

    private double consumed(String queue, String event) {
        Counter counter = registry.find("trading.messages.consumed").tag("queue", queue).tag("event", event)
            .tag("outcome", "success").counter();
        return (counter != null) ? counter.count() : 0;
    }

    private void publishExample(String routingKey, JsonNode body) {
        MessageProperties properties = new MessageProperties();
        properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        properties.setMessageId(body.get("id").asString());
        rabbit.send("trading.events", routingKey, new Message(body.toString().getBytes(), properties));
    }
}
