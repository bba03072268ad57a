package io.tradewatch.testsupport.contract;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract document itself: a valid AsyncAPI 3.0 document (checked against the specification's own JSON
 * Schema, see {@code asyncapi/NOTICE}), whose examples satisfy their schemas, and whose channels on
 * {@code trading.events} each have a publisher and name the queues of their consumers.
 */
class AsyncApiDocumentTests {

    private final EventContract contract = EventContract.load();

    @Test
    void documentIsAValidAsyncApi3Document() throws IOException {
        assertThat(asyncApiSchema().validate(contract.document())).isEmpty();
    }

    @Test
    void anAsyncApi2StyleOperationWouldBeRejected() throws IOException {
        ObjectNode document = (ObjectNode) contract.document().deepCopy();
        ((ObjectNode) document.get("operations").get("publishTick")).put("action", "publish");
        assertThat(asyncApiSchema().validate(document)).isNotEmpty();
    }

    private Schema asyncApiSchema() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/asyncapi/asyncapi-3.0.0.schema.json")) {
            assertThat(in).isNotNull();
            SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
            return SchemaRegistry
                .withDefaultDialect(SpecificationVersion.DRAFT_7, builder -> builder.schemaRegistryConfig(config))
                .getSchema(in);
        }
    }

    @Test
    void everyExampleSatisfiesItsMessagesPayloadAndHeaderSchemas() {
        JsonNode messages = contract.document().at("/components/messages");
        int checked = 0;
        for (String name : messages.propertyNames()) {
            JsonNode message = messages.get(name);
            List<EventContract.Example> examples = contract.examples(name);
            assertThat(examples).as("examples of %s", name).isNotEmpty();
            for (EventContract.Example example : examples) {
                assertThat(contract.violations(message.at("/payload/$ref").asString(), example.payload()))
                    .as("payload of example %s of %s", example.name(), name)
                    .isEmpty();
                assertThat(contract.violations(message.at("/headers/$ref").asString(),
                        JsonMapper.builder().build().valueToTree(example.headers())))
                    .as("headers of example %s of %s", example.name(), name)
                    .isEmpty();
                checked++;
            }
        }
        assertThat(checked).isEqualTo(11);
    }

    @Test
    void everyChannelOnTheEventsExchangeHasAPublisherAndEveryReceiveNamesItsQueue() {
        List<String> unpublished = new ArrayList<>();
        for (String channel : contract.channels()) {
            boolean published = contract.services()
                .stream()
                .flatMap(service -> contract.operations(service, "send").stream())
                .anyMatch(operation -> channel.equals(EventContract.channelIdOf(operation)));
            if (EventContract.EXCHANGE.equals(contract.exchangeOf(channel)) && !published) {
                unpublished.add(channel);
            }
        }
        assertThat(unpublished).isEmpty();
        for (String service : contract.services()) {
            for (EventContract.QueueBinding binding : contract.bindings(service)) {
                assertThat(binding.queue()).as("a queue of %s", service).startsWith(prefixOf(service));
                assertThat(binding.queueType()).isIn("quorum", "classic");
            }
        }
    }

    @Test
    void everyBodyFieldIsDescribedAndRequired() {
        JsonNode schemas = contract.document().at("/components/schemas");
        for (String name : List.of("Tick", "FeedStatus", "Signal", "OrderRequested", "OrderDecision", "Reason",
                "OrderFilled", "OrderCancelled", "RiskBreach")) {
            JsonNode schema = schemas.get(name);
            List<String> required = new ArrayList<>();
            schema.get("required").forEach(field -> required.add(field.asString()));
            assertThat(required).as("required fields of %s", name)
                .containsExactlyInAnyOrderElementsOf(schema.get("properties").propertyNames());
            assertThat(schema.get("additionalProperties").asBoolean(true)).as("%s allows other fields", name).isFalse();
        }
    }

    private static String prefixOf(String service) {
        return service.equals("strategy-service") ? "strategy." : service + ".";
    }
}
