package io.tradewatch.risk;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.tradewatch.platform.messaging.Exchanges;
import io.tradewatch.risk.messaging.Events;
import io.tradewatch.testsupport.LocalServers;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the risk manager publishes and declares, checked against {@code docs/events.md}: the decision and
 * breach bodies have exactly the agreed fields, messages are persistent JSON, and the queues have the
 * agreed arguments. Undecidable messages end in the queue's dead-letter queue.
 */
class EventContractTests extends RiskIntegrationTest {

    private static final Set<String> DECISION_FIELDS = Set.of("type", "id", "occurredAt", "version", "orderId",
            "symbol", "side", "orderType", "quantity", "notional", "decidedAt", "reasons");

    private static final Set<String> REASON_FIELDS = Set.of("rule", "value", "threshold", "message");

    private static final Set<String> BREACH_FIELDS = Set.of("type", "id", "occurredAt", "version", "limit", "value",
            "threshold", "severity", "orderId", "symbol", "message");

    private static Set<String> fields(JsonNode node) {
        return node.properties().stream().map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    @Test
    void decisionsAndBreachesCarryExactlyTheAgreedFieldsAsPersistentJson() {
        Map<String, Object> order = order("BTCUSDT", "SELL", "2.5", "1000.00");
        publish(Events.ORDER_REQUESTED, order);
        Message message = receive(DECISIONS, 1).get(0);
        MessageProperties properties = message.getMessageProperties();
        assertThat(properties.getContentType()).isEqualTo("application/json");
        assertThat(properties.getReceivedDeliveryMode()).isEqualTo(MessageDeliveryMode.PERSISTENT);
        assertThat(properties.getReceivedRoutingKey()).isEqualTo("order.rejected");
        assertThat(properties.getHeaders()).containsKey("tw-published-at");
        JsonNode decision = json.readTree(message.getBody());
        assertThat(fields(decision)).isEqualTo(DECISION_FIELDS);
        assertThat(properties.getMessageId()).isEqualTo(decision.get("id").asString());
        assertThat(decision.get("type").asString()).isEqualTo("order.rejected");
        assertThat(decision.get("version").asInt()).isEqualTo(1);
        assertThat(decision.get("orderId").asString()).isEqualTo(order.get("orderId"));
        assertThat(decision.get("quantity").isString()).isTrue();
        assertThat(decision.get("notional").asString()).isEqualTo("1000.00");
        JsonNode reason = decision.get("reasons").get(0);
        assertThat(fields(reason)).isEqualTo(REASON_FIELDS);
        assertThat(reason.get("value").isString()).isTrue();
        assertThat(reason.get("threshold").isString()).isTrue();

        Message breachMessage = receive(BREACHES, 1).get(0);
        assertThat(breachMessage.getMessageProperties().getReceivedDeliveryMode())
            .isEqualTo(MessageDeliveryMode.PERSISTENT);
        JsonNode breach = json.readTree(breachMessage.getBody());
        assertThat(fields(breach)).isEqualTo(BREACH_FIELDS);
        assertThat(breach.get("type").asString()).isEqualTo("risk.breach");
        assertThat(breach.get("limit").asString()).isEqualTo("max_order_quantity");
        assertThat(breach.get("severity").asString()).isEqualTo("warning");
        assertThat(breach.get("value").asString()).isEqualTo("2.50000000");
        assertThat(breach.get("orderId").asString()).isEqualTo(order.get("orderId"));
    }

    @Test
    void anApprovedDecisionHasAnEmptyReasonList() {
        JsonNode decision = decide("BTCUSDT", "BUY", "0.1", "10.00");
        assertThat(fields(decision)).isEqualTo(DECISION_FIELDS);
        assertThat(decision.get("type").asString()).isEqualTo("order.approved");
        assertThat(decision.get("reasons").isArray()).isTrue();
        assertThat(decision.get("reasons")).isEmpty();
        assertThat(decision.get("decidedAt").asString()).isEqualTo(decision.get("occurredAt").asString());
    }

    @Test
    void queuesAreDeclaredWithTheAgreedArguments() {
        JsonNode orders = queue(Events.ORDERS_QUEUE).get("arguments");
        assertThat(orders.get("x-queue-type").asString()).isEqualTo("quorum");
        assertThat(orders.get("x-delivery-limit").asInt()).isEqualTo(5);
        assertThat(orders.get("x-dead-letter-exchange").asString()).isEqualTo("trading.dlx");
        assertThat(orders.get("x-dead-letter-routing-key").asString()).isEqualTo(Events.ORDERS_QUEUE);
        assertThat(queue(Events.FILLS_QUEUE).get("arguments").get("x-dead-letter-routing-key").asString())
            .isEqualTo(Events.FILLS_QUEUE);
        assertThat(queue("risk-manager.orders.dlq").get("arguments").get("x-queue-type").asString())
            .isEqualTo("quorum");
        JsonNode ticks = queue(Events.TICKS_QUEUE).get("arguments");
        assertThat(ticks.get("x-max-length").asInt()).isEqualTo(10000);
        assertThat(ticks.get("x-overflow").asString()).isEqualTo("drop-head");
        assertThat(ticks.get("x-single-active-consumer").asBoolean()).isTrue();
    }

    @Test
    void messagesThatCannotBeDecidedAreDeadLettered() {
        Map<String, Object> noOrderId = order("BTCUSDT", "BUY", "1", "10.00");
        noOrderId.remove("orderId");
        publish(Events.ORDER_REQUESTED, noOrderId);
        MessageProperties properties = new MessageProperties();
        properties.setContentType("application/json");
        rabbit.send(Exchanges.EVENTS, Events.ORDER_REQUESTED,
                new Message("{not json".getBytes(StandardCharsets.UTF_8), properties));
        Map<String, Object> badFill = fill("o-1", "BTCUSDT", "BUY", "0", "100");
        publish(Events.ORDER_FILLED, badFill);
        List<Message> orders = receive("risk-manager.orders.dlq", 2);
        assertThat(orders).extracting(m -> new String(m.getBody(), StandardCharsets.UTF_8))
            .anySatisfy(body -> assertThat(body).isEqualTo("{not json"));
        assertThat(receive("risk-manager.fills.dlq", 1).get(0).getMessageProperties().getMessageId())
            .isEqualTo(badFill.get("id"));
    }

    private JsonNode queue(String name) {
        LocalServers servers = LocalServers.fromEnvironment();
        String vhost = context.getEnvironment().getProperty("spring.rabbitmq.virtual-host", "/");
        String auth = Base64.getEncoder()
            .encodeToString((servers.rabbitUser() + ":" + servers.rabbitPassword()).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(servers.rabbitManagementUrl()
                + "/api/queues/" + URLEncoder.encode(vhost, StandardCharsets.UTF_8) + "/" + name))
            .header("Authorization", "Basic " + auth)
            .GET());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }
}
