package io.tradewatch.testsupport.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The message contract, {@code META-INF/tradewatch/asyncapi.yaml} (an AsyncAPI 3 document shipped in the
 * shared-metrics starter), read for tests: the message of a routing key, its JSON Schema and examples, a
 * validation of a real body or header set against it, and the queues and bindings each service's receive
 * operations name. Bodies are validated with networknt's JSON Schema validator (draft 2020-12, formats
 * asserted).
 */
public final class EventContract {

    /** Where the document is on the classpath of every module. */
    public static final String LOCATION = "META-INF/tradewatch/asyncapi.yaml";

    /** The exchange of the events and the dead-letter exchange. */
    public static final String EXCHANGE = "trading.events";

    public static final String DEAD_LETTER_EXCHANGE = "trading.dlx";

    /** A field no version of the contract has, added to examples to prove consumers ignore unknown fields. */
    public static final String UNKNOWN_FIELD = "fieldFromTheFuture";

    private static final String DOCUMENT_URI = "urn:tradewatch:asyncapi";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Pattern PARAMETER = Pattern.compile("\\{[^}]+}");

    private static volatile EventContract instance;

    private final JsonNode document;

    private final SchemaRegistry registry;

    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    private EventContract(JsonNode document, String json) {
        this.document = document;
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
        this.registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(config).schemas(Map.of(DOCUMENT_URI, json)));
    }

    /** The contract as the classpath holds it (read once). */
    public static EventContract load() {
        EventContract loaded = instance;
        if (loaded == null) {
            loaded = read();
            instance = loaded;
        }
        return loaded;
    }

    private static EventContract read() {
        try (InputStream in = EventContract.class.getClassLoader().getResourceAsStream(LOCATION)) {
            if (in == null) {
                throw new IllegalStateException(LOCATION + " is not on the classpath (it ships in shared-metrics)");
            }
            JsonNode document = YAMLMapper.builder().build().readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return new EventContract(document, JSON.writeValueAsString(document));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The whole document, as JSON. */
    public JsonNode document() {
        return document;
    }

    /** The channel ids of the document, in document order. */
    public List<String> channels() {
        return List.copyOf(document.get("channels").propertyNames());
    }

    /** A channel by id. */
    public JsonNode channel(String id) {
        return required(document.get("channels").get(id), "channel " + id);
    }

    /** The exchange a channel's routing keys are published to. */
    public String exchangeOf(String channelId) {
        return channel(channelId).at("/bindings/amqp/exchange/name").asString();
    }

    /** The component message name of the one message a channel carries (every channel but dead letters has one). */
    public String messageOf(String channelId) {
        List<String> names = List.copyOf(channel(channelId).get("messages").propertyNames());
        if (names.size() != 1) {
            throw new IllegalArgumentException("channel " + channelId + " carries " + names + ", not one message");
        }
        return names.getFirst();
    }

    /** The channel on {@code trading.events} whose address matches a routing key, such as {@code tick.BTCUSDT}. */
    public String channelOfRoutingKey(String routingKey) {
        for (String id : channels()) {
            JsonNode channel = channel(id);
            if (EXCHANGE.equals(exchangeOf(id)) && addressPattern(channel.get("address").asString()).matcher(routingKey)
                .matches()) {
                return id;
            }
        }
        throw new AssertionError("the contract has no channel for routing key '" + routingKey + "' on " + EXCHANGE
                + ": add it to " + LOCATION);
    }

    /** The component message of a routing key on {@code trading.events}. */
    public String messageOfRoutingKey(String routingKey) {
        return messageOf(channelOfRoutingKey(routingKey));
    }

    /** A component message by name (the key under {@code components.messages}). */
    public JsonNode message(String name) {
        return required(document.at("/components/messages").get(name), "message " + name);
    }

    /** The examples of a message, each with its payload and headers. */
    public List<Example> examples(String messageName) {
        List<Example> examples = new ArrayList<>();
        for (JsonNode example : message(messageName).path("examples")) {
            Map<String, Object> headers = new LinkedHashMap<>();
            example.path("headers").properties().forEach(header -> headers.put(header.getKey(),
                    header.getValue().isIntegralNumber() ? header.getValue().longValue() : header.getValue().asString()));
            examples.add(new Example(example.get("name").asString(), example.get("payload"), Map.copyOf(headers)));
        }
        return examples;
    }

    /** The first example of a message. */
    public Example example(String messageName) {
        List<Example> examples = examples(messageName);
        if (examples.isEmpty()) {
            throw new AssertionError("message " + messageName + " has no example in " + LOCATION);
        }
        return examples.getFirst();
    }

    /** Every way a body departs from the payload schema of the routing key's message; empty when it is valid. */
    public List<String> payloadViolations(String routingKey, String body) {
        return violations(message(messageOfRoutingKey(routingKey)).at("/payload/$ref").asString(), JSON.readTree(body));
    }

    /** Every way a set of AMQP application headers departs from the routing key's header schema. */
    public List<String> headerViolations(String routingKey, Map<String, Object> headers) {
        return violations(message(messageOfRoutingKey(routingKey)).at("/headers/$ref").asString(),
                JSON.valueToTree(headers));
    }

    /** Every way a JSON value departs from a schema of the document, named by its local reference. */
    public List<String> violations(String schemaRef, JsonNode value) {
        Schema schema = schemas.computeIfAbsent(schemaRef,
                ref -> registry.getSchema(SchemaLocation.of(DOCUMENT_URI + ref)));
        List<String> problems = new ArrayList<>();
        for (Error error : schema.validate(value)) {
            problems.add(error.toString());
        }
        return problems;
    }

    /**
     * Fails with every problem when a published message is not what the contract says: its body against the
     * payload schema, its application headers against the header schema.
     */
    public void assertPublished(String routingKey, String body, Map<String, Object> headers) {
        List<String> problems = new ArrayList<>();
        payloadViolations(routingKey, body).forEach(problem -> problems.add("body: " + problem));
        headerViolations(routingKey, headers).forEach(problem -> problems.add("headers: " + problem));
        if (!problems.isEmpty()) {
            throw new AssertionError("A message published with routing key '" + routingKey + "' breaks " + LOCATION
                    + ":\n  " + String.join("\n  ", problems) + "\nbody: " + body + "\nheaders: " + headers);
        }
    }

    /** The routing-key patterns ({@code tick.{symbol}}) a service sends, from its send operations. */
    public List<String> publishedAddresses(String service) {
        List<String> addresses = new ArrayList<>();
        for (JsonNode operation : operations(service, "send")) {
            addresses.add(channel(channelIdOf(operation)).get("address").asString());
        }
        return addresses;
    }

    /** The queue bindings a service's receive operations name, on both exchanges. */
    public List<QueueBinding> bindings(String service) {
        List<QueueBinding> bindings = new ArrayList<>();
        for (JsonNode operation : operations(service, "receive")) {
            JsonNode queue = required(operation.get("x-tradewatch-queue"), "x-tradewatch-queue of a receive operation");
            bindings.add(new QueueBinding(exchangeOf(channelIdOf(operation)), queue.get("name").asString(),
                    queue.get("bindingKey").asString(), queue.get("type").asString(), service, channelIdOf(operation)));
        }
        return bindings;
    }

    /** Every service the document names in an operation, in document order. */
    public List<String> services() {
        List<String> services = new ArrayList<>();
        for (JsonNode operation : document.get("operations")) {
            String service = operation.get("x-tradewatch-service").asString();
            if (!services.contains(service)) {
                services.add(service);
            }
        }
        return services;
    }

    /** The operations of one service and action ({@code send} or {@code receive}), in document order. */
    public List<JsonNode> operations(String service, String action) {
        List<JsonNode> matching = new ArrayList<>();
        for (JsonNode operation : document.get("operations")) {
            if (service.equals(operation.path("x-tradewatch-service").asString())
                    && action.equals(operation.get("action").asString())) {
                matching.add(operation);
            }
        }
        return matching;
    }

    /** The channel id an operation refers to ({@code #/channels/<id>}). */
    public static String channelIdOf(JsonNode operation) {
        String ref = operation.at("/channel/$ref").asString();
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    /** A regular expression for a channel address or binding key: each {@code {parameter}} is one word (no dot, no wildcard). */
    public static Pattern addressPattern(String address) {
        StringBuilder regex = new StringBuilder();
        Matcher parameter = PARAMETER.matcher(address);
        int literalStart = 0;
        while (parameter.find()) {
            regex.append(Pattern.quote(address.substring(literalStart, parameter.start()))).append("[A-Za-z0-9_-]+");
            literalStart = parameter.end();
        }
        return Pattern.compile(regex.append(Pattern.quote(address.substring(literalStart))).toString());
    }

    private static JsonNode required(JsonNode node, String what) {
        return Optional.ofNullable(node).orElseThrow(() -> new AssertionError(LOCATION + " has no " + what));
    }

    /**
     * One example message of the contract.
     *
     * @param name the example's name
     * @param payload the body
     * @param headers the application headers
     */
    public record Example(String name, JsonNode payload, Map<String, Object> headers) {

        /** The body as JSON text. */
        public String json() {
            return JSON.writeValueAsString(payload);
        }

        /** The body with a field no version of the contract has, holding an object, as JSON text. */
        public String jsonWithUnknownField() {
            return JSON.writeValueAsString(withUnknownField());
        }

        /** The body with a field no version of the contract has, holding an object. */
        public ObjectNode withUnknownField() {
            ObjectNode body = (ObjectNode) payload.deepCopy();
            body.putObject(UNKNOWN_FIELD).put("nested", "ignored").putArray("list").add(1).add("two");
            return body;
        }
    }

    /**
     * A binding a receive operation names: a queue bound to an exchange with a key; {@code {parameter}} parts of
     * the queue name and key stand for any one word.
     *
     * @param exchange {@code trading.events} or {@code trading.dlx}
     * @param queue the queue name, possibly with parameters ({@code strategy.ticks.{shard}})
     * @param bindingKey the binding key, possibly with parameters ({@code tick.{symbol}})
     * @param queueType {@code quorum} or {@code classic}
     * @param service the consuming service
     * @param channel the channel id the operation receives from
     */
    public record QueueBinding(String exchange, String queue, String bindingKey, String queueType, String service,
            String channel) {

        /** Whether a declared binding is this one (parameters match one word each). */
        public boolean matches(String declaredExchange, String declaredQueue, String declaredKey) {
            return exchange.equals(declaredExchange) && addressPattern(queue).matcher(declaredQueue).matches()
                    && addressPattern(bindingKey).matcher(declaredKey).matches();
        }
    }
}
