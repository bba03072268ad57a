package io.tradewatch.risk.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.tradewatch.platform.messaging.Exchanges;
import io.tradewatch.risk.RiskIntegrationTest;
import io.tradewatch.testsupport.contract.DeclaredBindings;
import io.tradewatch.testsupport.contract.EventContract;
import io.tradewatch.testsupport.contract.EventContract.Example;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The risk manager against the message contract ({@code META-INF/tradewatch/asyncapi.yaml}): the bindings it
 * declares are the contract's, what it publishes satisfies the schemas, and the contract's examples of what
 * it consumes, each with an unknown field added, have their effect.
 */
class RiskManagerEventContractTests extends RiskIntegrationTest {

    private static final EventContract CONTRACT = EventContract.load();

    @Test
    void declaresExactlyTheBindingsOfTheContract() {
        DeclaredBindings.of(context).assertMatch(CONTRACT, "risk-manager");
    }

    @Test
    void everyKindOfMessageItPublishesSatisfiesTheContract() {
        publish(Events.ORDER_REQUESTED, order("BTCUSDT", "BUY", "0.5", "32000.00"));
        publish(Events.ORDER_REQUESTED, order("ETHUSDT", "BUY", "40", "128000.00"));
        List<Message> published = new ArrayList<>(receive(DECISIONS, 2));
        published.addAll(receive(BREACHES, 2));
        publish(Events.ORDER_FILLED, fill("contract-o-1", "ETHUSDT", "BUY", "20", "1000"));
        awaitPosition("ETHUSDT", "20.00000000");
        tick("ETHUSDT", "740");
        published.addAll(receive(BREACHES, 1));

        Set<String> routingKeys = new TreeSet<>();
        for (Message message : published) {
            MessageProperties properties = message.getMessageProperties();
            CONTRACT.assertPublished(properties.getReceivedRoutingKey(), new String(message.getBody()),
                    properties.getHeaders());
            routingKeys.add(properties.getReceivedRoutingKey());
        }
        assertThat(routingKeys).containsExactlyElementsOf(new TreeSet<>(CONTRACT.publishedAddresses("risk-manager")));
    }

    @Test
    void ordersOfTheContractAreDecidedWhateverUnknownFieldsTheyCarry() {
        List<Example> orders = CONTRACT.examples("orderRequested");
        orders.forEach(order -> publishExample(Events.ORDER_REQUESTED, order));
        List<JsonNode> decisions = awaitDecisions(orders.size());
        assertThat(decisions).extracting(decision -> decision.get("type").asString())
            .containsOnly(Events.ORDER_APPROVED);
        assertThat(decisions).extracting(decision -> decision.get("orderId").asString())
            .containsExactlyInAnyOrderElementsOf(orders.stream().map(order -> order.payload().get("orderId").asString())
                .toList());
        assertThat(getJson("/api/risk/exposure").get("openOrders").asInt()).isEqualTo(2);
    }

    @Test
    void aFillOfTheContractBecomesAPositionAndACancellationReleasesItsReservation() {
        CONTRACT.examples("orderRequested").forEach(order -> publishExample(Events.ORDER_REQUESTED, order));
        awaitDecisions(2);

        publishExample(Events.ORDER_FILLED, CONTRACT.example("orderFilled"));
        awaitPosition("BTCUSDT", "0.01562475");

        publishExample(Events.ORDER_CANCELLED, CONTRACT.example("orderCancelled"));
        await().atMost(Duration.ofSeconds(10))
            .untilAsserted(() -> assertThat(getJson("/api/risk/exposure").get("openOrders").asInt()).isZero());
        JsonNode exposure = getJson("/api/risk/exposure");
        assertThat(exposure.get("reservedExposure").asString()).isEqualTo("0.00");
        assertThat(exposure.get("reservations")).isEmpty();
    }

    @Test
    void aTickOfTheContractMarksThePositionToMarket() {
        publish(Events.ORDER_FILLED, fill("contract-o-2", "BTCUSDT", "BUY", "1", "60000"));
        awaitPosition("BTCUSDT", "1.00000000");
        publishExample("tick.BTCUSDT", CONTRACT.example("tick"));
        await().atMost(Duration.ofSeconds(10))
            .untilAsserted(() -> assertThat(getJson("/api/risk/positions").get(0).get("markPrice").asString())
                .isEqualTo("64000.10000000"));
    }

    private void publishExample(String routingKey, Example example) {
        MessageProperties properties = new MessageProperties();
        properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        properties.setMessageId(example.payload().get("id").asString());
        example.headers().forEach(properties::setHeader);
        rabbit.send(Exchanges.EVENTS, routingKey, new Message(example.jsonWithUnknownField().getBytes(), properties));
    }
}
