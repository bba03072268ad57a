package io.tradewatch.strategy.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.tradewatch.strategy.StrategyServiceTestBase;
import io.tradewatch.testsupport.contract.DeclaredBindings;
import io.tradewatch.testsupport.contract.EventContract.Example;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * strategy-service against the message contract ({@code META-INF/tradewatch/asyncapi.yaml}): the bindings it
 * declares are the contract's, the signals it publishes satisfy it, and the contract's tick and fill, each
 * with an unknown field added, reach the strategy the examples name.
 */
class StrategyEventContractTests extends StrategyServiceTestBase {

    /** SMA(2) / SMA(4) crosses four times on this path (see LiveSignalTests). */
    private static final double[] CROSSOVER = { 14, 13, 12, 11, 10, 16, 20, 24, 22, 18, 10, 12, 20, 25, 22, 16, 15 };

    @Test
    void declaresExactlyTheBindingsOfTheContract() {
        DeclaredBindings.of(context).assertMatch(CONTRACT, "strategy-service");
    }

    @Test
    void theSignalsItPublishesSatisfyTheContract() {
        create(definition("contract-cross", "ma_crossover", List.of("CONTRACTA"), Map.of("fast", 2, "slow", 4),
                "1000", "0s"));
        awaitRunning("contract-cross", "CONTRACTA");
        String queue = watch("signal.#");
        publishTicks("CONTRACTA", 0, CROSSOVER);
        List<Message> signals = new ArrayList<>();
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            for (Message message = rabbit.receive(queue); message != null; message = rabbit.receive(queue)) {
                if (json.readTree(message.getBody()).get("strategyId").asString().equals("contract-cross")) {
                    signals.add(message);
                }
            }
            return signals.size() == 4;
        });
        for (Message signal : signals) {
            MessageProperties properties = signal.getMessageProperties();
            assertThat(properties.getReceivedRoutingKey()).isEqualTo("signal.ma_crossover");
            CONTRACT.assertPublished(properties.getReceivedRoutingKey(), new String(signal.getBody()),
                    properties.getHeaders());
        }
    }

    @Test
    void theTickAndTheFillOfTheContractReachTheStrategyTheyName() {
        Example fill = CONTRACT.example("orderFilled");
        String strategyId = fill.payload().get("strategyId").asString();
        String symbol = fill.payload().get("symbol").asString();
        create(definition(strategyId, "ma_crossover", List.of(symbol), Map.of("fast", 2, "slow", 4), "1000", "0s"));
        awaitRunning(strategyId, symbol);

        publishExample("tick." + symbol, CONTRACT.example("tick"));
        publishExample("order.filled", fill);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode state = symbolState(state(port, strategyId), symbol);
            assertThat(state.get("lastPrice").asDouble()).isEqualTo(64000.10);
            assertThat(state.get("position").asString()).isEqualTo(fill.payload().get("quantity").asString());
        });
    }

    private void awaitRunning(String strategyId, String symbol) {
        await().atMost(Duration.ofSeconds(10))
            .until(() -> symbolState(state(port, strategyId), symbol).get("running").asBoolean());
    }

    private void publishExample(String routingKey, Example example) {
        MessageProperties properties = new MessageProperties();
        properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        properties.setMessageId(example.payload().get("id").asString());
        example.headers().forEach(properties::setHeader);
        rabbit.send("trading.events", routingKey, new Message(example.jsonWithUnknownField().getBytes(), properties));
    }
}
