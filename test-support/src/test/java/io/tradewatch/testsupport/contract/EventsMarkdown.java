package io.tradewatch.testsupport.contract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.tradewatch.testsupport.contract.EventContract.QueueBinding;
import tools.jackson.databind.JsonNode;

/**
 * Writes the generated part of {@code docs/events.md} from the contract: the routing-key summary with
 * publishers and consuming queues, the dead-letter bindings, and one field table per message body.
 */
final class EventsMarkdown {

    static final String BEGIN = "<!-- Generated from shared-metrics/src/main/resources/" + EventContract.LOCATION
            + " by EventsDocumentationTests (test-support): edit the document, not this text. -->";

    static final String END = "<!-- End of the generated text. -->";

    private final EventContract contract;

    EventsMarkdown(EventContract contract) {
        this.contract = contract;
    }

    /** The generated text, markers included. */
    String generate() {
        StringBuilder text = new StringBuilder(BEGIN).append("\n\n");
        summary(text);
        deadLetters(text);
        bodies(text);
        return text.append(END).append('\n').toString();
    }

    private void summary(StringBuilder text) {
        text.append("## Summary\n\n")
            .append("Every routing key on `").append(EventContract.EXCHANGE).append("`, who publishes it and which queue of which ")
            .append("service consumes it (bound with the key in parentheses when it is not the routing key itself).\n\n")
            .append("| routing key | body | publisher | consumers (queue) | delivery |\n")
            .append("| --- | --- | --- | --- | --- |\n");
        for (String channelId : contract.channels()) {
            if (!EventContract.EXCHANGE.equals(contract.exchangeOf(channelId))) {
                continue;
            }
            JsonNode channel = contract.channel(channelId);
            String address = channel.get("address").asString();
            text.append("| `").append(address).append("` | [`").append(messageName(channelId)).append("`](#")
                .append(anchor(messageName(channelId))).append(") | ").append(String.join(", ", publishers(channelId)))
                .append(" | ").append(consumers(channelId, address)).append(" | ").append(delivery(channelId))
                .append(" |\n");
        }
        text.append('\n');
    }

    private void deadLetters(StringBuilder text) {
        text.append("## Dead letters\n\n")
            .append(contract.channel("deadLetter").get("description").asString().strip()).append("\n\n")
            .append("| queue | bound to `").append(EventContract.DEAD_LETTER_EXCHANGE).append("` with | service | purpose |\n")
            .append("| --- | --- | --- | --- |\n");
        for (String service : contract.services()) {
            for (JsonNode operation : contract.operations(service, "receive")) {
                if ("deadLetter".equals(EventContract.channelIdOf(operation))) {
                    JsonNode queue = operation.get("x-tradewatch-queue");
                    text.append("| `").append(queue.get("name").asString()).append("` | `")
                        .append(queue.get("bindingKey").asString()).append("` | ").append(service).append(" | ")
                        .append(operation.get("summary").asString()).append(" |\n");
                }
            }
        }
        text.append('\n');
    }

    private void bodies(StringBuilder text) {
        text.append("## Message bodies\n\n")
            .append("Every field is always present (null only where its type says so); publishers send no other field, ")
            .append("consumers ignore fields they do not know. Amounts are decimal strings; the unit column says what ")
            .append("they count. Headers: `tw-published-at` on every message, `tw-origin-at` on every message caused ")
            .append("by a tick (epoch ms, integers).\n\n");
        JsonNode messages = contract.document().at("/components/messages");
        for (String name : messages.propertyNames()) {
            JsonNode message = messages.get(name);
            JsonNode payload = resolve(message.get("payload"));
            text.append("### `").append(message.get("name").asString()).append("`\n\n")
                .append(message.get("title").asString()).append(". Published by ")
                .append(String.join(", ", publishersOfMessage(name))).append("; example `")
                .append(contract.example(name).name()).append("` in the document.\n\n");
            fields(text, payload);
            for (String property : payload.get("properties").propertyNames()) {
                JsonNode items = payload.get("properties").get(property).path("items");
                if (items.has("$ref")) {
                    text.append("Each entry of `").append(property).append("`:\n\n");
                    fields(text, resolve(items));
                }
            }
        }
    }

    private void fields(StringBuilder text, JsonNode schema) {
        Set<String> required = new HashSet<>();
        schema.path("required").forEach(field -> required.add(field.asString()));
        text.append("| field | JSON type | format or values | unit | required | meaning |\n")
            .append("| --- | --- | --- | --- | --- | --- |\n");
        JsonNode properties = schema.get("properties");
        for (String field : properties.propertyNames()) {
            JsonNode property = properties.get(field);
            JsonNode target = nonNull(property);
            text.append("| `").append(field).append("` | ").append(jsonType(property)).append(" | ")
                .append(format(target)).append(" | ").append(property.path("x-unit").asString(""))
                .append(" | ").append(required.contains(field) ? "yes" : "no").append(" | ")
                .append(describe(property).replace("|", "\\|").replace("\n", " ").strip()).append(" |\n");
        }
        text.append('\n');
    }

    private String jsonType(JsonNode property) {
        JsonNode type = nonNull(property).path("type");
        String base = type.isArray() ? type.get(0).asString() : type.asString();
        if (base.equals("array")) {
            JsonNode items = nonNull(property).path("items");
            base = "list of " + (items.has("$ref") ? "objects" : jsonType(items));
        }
        return nullable(property) ? base + " or null" : base;
    }

    private String format(JsonNode schema) {
        if (schema.has("const")) {
            return "`" + schema.get("const").asString() + "`";
        }
        if (schema.has("enum")) {
            List<String> values = new ArrayList<>();
            schema.get("enum").forEach(value -> values.add("`" + value.asString() + "`"));
            return String.join(", ", values);
        }
        if (schema.has("title")) {
            return schema.get("title").asString().replace(">=", "≥");
        }
        List<String> bounds = new ArrayList<>();
        if (schema.has("minimum")) {
            bounds.add("≥ " + schema.get("minimum").asString());
        }
        if (schema.has("maximum")) {
            bounds.add("≤ " + schema.get("maximum").asString());
        }
        if (schema.has("format")) {
            bounds.add(schema.get("format").asString());
        }
        return String.join(", ", bounds);
    }

    private String describe(JsonNode property) {
        if (property.has("description")) {
            return property.get("description").asString();
        }
        return nonNull(property).path("description").asString("");
    }

    /** The schema of a property without its null alternative, with its reference resolved. */
    private JsonNode nonNull(JsonNode property) {
        if (property.has("oneOf")) {
            for (JsonNode alternative : property.get("oneOf")) {
                if (!"null".equals(alternative.path("type").asString())) {
                    return resolve(alternative);
                }
            }
        }
        return resolve(property);
    }

    private static boolean nullable(JsonNode property) {
        if (property.has("oneOf")) {
            for (JsonNode alternative : property.get("oneOf")) {
                if ("null".equals(alternative.path("type").asString())) {
                    return true;
                }
            }
        }
        JsonNode type = property.path("type");
        if (type.isArray()) {
            for (JsonNode value : type) {
                if ("null".equals(value.asString())) {
                    return true;
                }
            }
        }
        return false;
    }

    private JsonNode resolve(JsonNode schema) {
        return schema.has("$ref") ? contract.document().at(schema.get("$ref").asString().substring(1)) : schema;
    }

    private String messageName(String channelId) {
        return contract.message(contract.messageOf(channelId)).get("name").asString();
    }

    private List<String> publishers(String channelId) {
        List<String> publishers = new ArrayList<>();
        for (String service : contract.services()) {
            for (JsonNode operation : contract.operations(service, "send")) {
                if (channelId.equals(EventContract.channelIdOf(operation)) && !publishers.contains(service)) {
                    publishers.add(service);
                }
            }
        }
        return publishers;
    }

    private List<String> publishersOfMessage(String messageName) {
        List<String> publishers = new ArrayList<>();
        for (String channelId : contract.channels()) {
            if (!"deadLetter".equals(channelId) && contract.messageOf(channelId).equals(messageName)) {
                publishers.addAll(publishers(channelId));
            }
        }
        return publishers;
    }

    private String consumers(String channelId, String address) {
        Map<String, List<String>> queues = new LinkedHashMap<>();
        for (String service : contract.services()) {
            for (QueueBinding binding : contract.bindings(service)) {
                if (channelId.equals(binding.channel())) {
                    String key = binding.bindingKey().equals(address) ? "" : " with `" + binding.bindingKey() + "`";
                    queues.computeIfAbsent(service, s -> new ArrayList<>()).add("`" + binding.queue() + "`" + key);
                }
            }
        }
        if (queues.isEmpty()) {
            return "none";
        }
        return queues.entrySet()
            .stream()
            .map(entry -> entry.getKey() + " (" + String.join(", ", entry.getValue()) + ")")
            .collect(Collectors.joining("; "));
    }

    private String delivery(String channelId) {
        for (String service : contract.services()) {
            for (JsonNode operation : contract.operations(service, "send")) {
                if (channelId.equals(EventContract.channelIdOf(operation))) {
                    return operation.at("/bindings/amqp/deliveryMode").asInt() == 1 ? "transient, confirmed"
                            : "persistent, confirmed";
                }
            }
        }
        return "";
    }

    private static String anchor(String heading) {
        return heading.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 _-]", "").replace(' ', '-');
    }
}
