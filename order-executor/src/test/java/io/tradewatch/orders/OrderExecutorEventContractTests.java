package io.tradewatch.orders;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import io.tradewatch.testsupport.contract.DeclaredBindings;
import io.tradewatch.testsupport.contract.EventContract;
import io.tradewatch.testsupport.contract.EventContract.Example;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * order-executor against the message contract ({@code META-INF/tradewatch/asyncapi.yaml}): the bindings it
 * declares are the contract's, it publishes every kind of event the contract gives it (each one is validated
 * when a test queue receives it, see {@link ServiceTestSupport}), and the contract's examples of what it
 * consumes, each with an unknown field added, have their effect. Decisions name a real order of this test
 * (the example's own order does not exist here), and the tick carries the current time (an older one is
 * dropped as stale, by design).
 */
class OrderExecutorEventContractTests extends ServiceTestSupport {

    private static final EventContract CONTRACT = EventContract.load();

    private static final String SYMBOL = "BTCUSDT";

    @Autowired
    ApplicationContext context;

    @Test
    void declaresExactlyTheBindingsOfTheContract() {
        DeclaredBindings.of(context).assertMatch(CONTRACT, "order-executor");
    }

    @Test
    void publishesEveryKindOfEventOfTheContractAndEachSatisfiesIt() {
        quote(SYMBOL, "64000.00", "64001.00");
        String filled = placeMarketBuy("0.5");
        awaitRequested(filled);
        approve(filled);
        awaitStatus(filled, "FILLED");
        String cancelled = placeMarketBuy("0.25");
        awaitRequested(cancelled);
        assertThat(delete("/api/orders/" + cancelled).statusCode()).isLessThan(300);
        approve(cancelled);
        awaitMessage(OUTCOMES_QUEUE, m -> m.body().path("orderId").asString().equals(cancelled)
                && m.body().path("type").asString().equals("order.cancelled"));

        Set<String> published = new TreeSet<>();
        for (String queue : List.of(RISK_QUEUE, OUTCOMES_QUEUE)) {
            for (Received message : received(queue, m -> Set.of(filled, cancelled)
                .contains(m.body().path("orderId").asString()))) {
                published.add(message.properties().getReceivedRoutingKey());
            }
        }
        assertThat(published).containsExactlyElementsOf(new TreeSet<>(CONTRACT.publishedAddresses("order-executor")));
    }

    @Test
    void theSignalOfTheContractBecomesTheOrderOfTheContract() {
        quote(SYMBOL, "64000.00", "64001.00");
        Example signal = CONTRACT.example("signal");
        publishExample("signal." + signal.payload().get("strategyType").asString(), signal.withUnknownField());
        Received requested = awaitMessage(RISK_QUEUE,
                m -> m.body().path("strategyId").asString().equals(signal.payload().get("strategyId").asString()));
        JsonNode expected = CONTRACT.examples("orderRequested")
            .stream()
            .filter(order -> order.payload().get("source").asString().equals("SIGNAL"))
            .findFirst()
            .orElseThrow()
            .payload();
        for (String field : List.of("symbol", "side", "orderType", "quantity", "limitPrice", "timeInForce",
                "referencePrice", "source", "strategyId", "clientOrderId")) {
            assertThat(requested.body().get(field)).as(field).isEqualTo(expected.get(field));
        }
        assertThat(decimal(requested.body().get("notional"))).isEqualByComparingTo(decimal(expected.get("notional")));
    }

    @Test
    void theDecisionsOfTheContractApproveAndRejectAnOrder() {
        quote(SYMBOL, "64000.00", "64001.00");
        String approved = placeMarketBuy("0.5");
        String rejected = placeMarketBuy("0.75");
        awaitRequested(approved);
        awaitRequested(rejected);

        publishExample("order.approved", decisionFor(CONTRACT.example("orderApproved"), approved));
        publishExample("order.rejected", decisionFor(CONTRACT.example("orderRejected"), rejected));

        assertThat(awaitStatus(approved, "FILLED").path("status").asString()).isEqualTo("FILLED");
        JsonNode refused = awaitStatus(rejected, "REJECTED");
        assertThat(refused.toString()).contains("max_order_quantity").contains("max_order_notional");
    }

    @Test
    void theTickOfTheContractFillsARestingLimitOrderAtItsAsk() {
        quote(SYMBOL, "64100.00", "64101.00");
        String resting = placeAccepted("""
                {"symbol":"BTCUSDT","side":"BUY","type":"LIMIT","quantity":"0.1","limitPrice":"64001.00"}""")
            .path("id").asString();
        awaitRequested(resting);
        approve(resting);
        awaitStatus(resting, "APPROVED");

        ObjectNode tick = CONTRACT.example("tick").withUnknownField();
        tick.put("id", java.util.UUID.randomUUID().toString());
        tick.put("occurredAt", Instant.now().toString());
        tick.put("tradeTime", Instant.now().toString());
        publishExample("tick." + SYMBOL, tick);

        assertThat(decimal(awaitStatus(resting, "FILLED").path("averagePrice"))).isEqualByComparingTo("64001.00");
    }

    private String placeMarketBuy(String quantity) {
        return placeAccepted("""
                {"symbol":"BTCUSDT","side":"BUY","type":"MARKET","quantity":"%s"}""".formatted(quantity))
            .path("id").asString();
    }

    /** The example decision, with a fresh id, for a real order of this test, and an unknown field. */
    private static ObjectNode decisionFor(Example decision, String orderId) {
        ObjectNode body = decision.withUnknownField();
        body.put("id", java.util.UUID.randomUUID().toString());
        body.put("orderId", orderId);
        return body;
    }

    private void publishExample(String routingKey, JsonNode body) {
        MessageProperties properties = new MessageProperties();
        properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        properties.setMessageId(body.get("id").asString());
        rabbit.send(EXCHANGE, routingKey,
                new Message(body.toString().getBytes(StandardCharsets.UTF_8), properties));
    }
}
