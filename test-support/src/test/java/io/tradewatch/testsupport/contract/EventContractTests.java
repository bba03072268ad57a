package io.tradewatch.testsupport.contract;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import io.tradewatch.testsupport.contract.EventContract.Example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The contract helper: routing-key lookup, and validation that goes red on each kind of departure. */
class EventContractTests {

    private final EventContract contract = EventContract.load();

    @Test
    void routingKeysFindTheirMessagesThroughTheChannelAddress() {
        assertThat(contract.messageOfRoutingKey("tick.BTCUSDT")).isEqualTo("tick");
        assertThat(contract.messageOfRoutingKey("signal.ma_crossover")).isEqualTo("signal");
        assertThat(contract.messageOfRoutingKey("order.cancelled")).isEqualTo("orderCancelled");
        assertThatThrownBy(() -> contract.messageOfRoutingKey("order.expired")).isInstanceOf(AssertionError.class)
            .hasMessageContaining("no channel for routing key 'order.expired'");
    }

    @Test
    void anExampleIsValidAndEachDepartureIsReported() {
        Example fill = contract.example("orderFilled");
        assertThat(contract.payloadViolations("order.filled", fill.json())).isEmpty();

        ObjectNode unknown = fill.withUnknownField();
        assertThat(contract.payloadViolations("order.filled", unknown.toString())).singleElement()
            .asString()
            .contains(EventContract.UNKNOWN_FIELD);

        ObjectNode missing = (ObjectNode) fill.payload().deepCopy();
        missing.remove("fee");
        assertThat(contract.payloadViolations("order.filled", missing.toString())).singleElement()
            .asString()
            .contains("fee");

        ObjectNode numeric = (ObjectNode) fill.payload().deepCopy();
        numeric.put("price", 64004.2);
        assertThat(contract.payloadViolations("order.filled", numeric.toString())).singleElement()
            .asString()
            .contains("price");

        ObjectNode exponent = (ObjectNode) fill.payload().deepCopy();
        exponent.put("quantity", "5E-1");
        assertThat(contract.payloadViolations("order.filled", exponent.toString())).singleElement()
            .asString()
            .contains("quantity");

        ObjectNode localTime = (ObjectNode) fill.payload().deepCopy();
        localTime.put("filledAt", "2026-12-07T21:00:01+01:00");
        assertThat(contract.payloadViolations("order.filled", localTime.toString())).singleElement()
            .asString()
            .contains("filledAt");

        ObjectNode badId = (ObjectNode) fill.payload().deepCopy();
        badId.put("orderId", "order-1");
        assertThat(contract.payloadViolations("order.filled", badId.toString())).singleElement()
            .asString()
            .contains("orderId");
    }

    @Test
    void headersNeedThePublicationTimeAsEpochMillis() {
        assertThat(contract.headerViolations("order.filled", Map.of("tw-published-at", 1796673601020L))).isEmpty();
        assertThat(contract.headerViolations("order.filled", Map.of())).singleElement()
            .asString()
            .contains("tw-published-at");
        assertThat(contract.headerViolations("tick.BTCUSDT", Map.of("tw-published-at", "yesterday"))).singleElement()
            .asString()
            .contains("tw-published-at");
    }

    @Test
    void assertPublishedNamesTheRoutingKeyAndEveryProblem() {
        assertThatThrownBy(() -> contract.assertPublished("order.cancelled", "{\"type\":\"order.cancelled\"}", Map.of()))
            .isInstanceOf(AssertionError.class)
            .hasMessageContaining("routing key 'order.cancelled'")
            .hasMessageContaining("body: ")
            .hasMessageContaining("headers: ");
    }

    @Test
    void theRiskManagerAloneConsumesCancellations() {
        List<EventContract.QueueBinding> cancellations = contract.services()
            .stream()
            .flatMap(service -> contract.bindings(service).stream())
            .filter(binding -> binding.channel().equals("orderCancelled"))
            .toList();
        assertThat(cancellations).singleElement().satisfies(binding -> {
            assertThat(binding.service()).isEqualTo("risk-manager");
            assertThat(binding.queue()).isEqualTo("risk-manager.fills");
            assertThat(binding.bindingKey()).isEqualTo("order.cancelled");
        });
    }

    @Test
    void parametersOfQueuesAndKeysMatchOneWord() {
        EventContract.QueueBinding shards = contract.bindings("strategy-service")
            .stream()
            .filter(binding -> binding.channel().equals("tick"))
            .findFirst()
            .orElseThrow();
        assertThat(shards.matches("trading.events", "strategy.ticks.3", "tick.ETHUSDT")).isTrue();
        assertThat(shards.matches("trading.events", "strategy.ticks.3", "tick.#")).isFalse();
        assertThat(shards.matches("trading.events", "strategy.ticks", "tick.ETHUSDT")).isFalse();
        assertThat(shards.matches("trading.dlx", "strategy.ticks.3", "tick.ETHUSDT")).isFalse();
    }
}
