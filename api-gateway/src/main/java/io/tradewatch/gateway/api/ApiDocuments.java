package io.tradewatch.gateway.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OpenAPI documents as a client of the gateway sees them: each service's document limited to the paths the
 * gateway routes to it, with the gateway's security (an API key or a bearer token) and the gateway's own error
 * answers on every operation; and all of them merged into one document with the gateway's own endpoints.
 * Plain JSON trees in, plain JSON trees out.
 */
final class ApiDocuments {

    static final String SCHEMAS = "#/components/schemas/";

    static final String PROBLEM_JSON = "application/problem+json";

    static final String API_KEY = "apiKey";

    static final String BEARER = "bearer";

    static final String API_KEY_DESCRIPTION = "An API key issued by an ADMIN (POST /api/admin/keys)";

    static final String BEARER_DESCRIPTION = "A JWT from the configured issuer, with the caller's role in its roles"
            + " claim";

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");

    /** What the gateway itself may answer instead of the service, on every routed operation. */
    private static final Map<String, String> GATEWAY_ERRORS = errors(
            "401", "No valid API key (X-API-Key) or bearer token",
            "403", "The caller's role may not make this call: reads need VIEWER, trading writes TRADER, the rest ADMIN",
            "429", "Over the caller's rate limit; Retry-After says when to retry",
            "503", "The service is unavailable or its circuit breaker is open; retry later",
            "504", "The service did not answer in time");

    /** What the gateway answers on its own endpoints before they run. */
    static final Map<String, String> OWN_ERRORS = errors("401", GATEWAY_ERRORS.get("401"), "403",
            GATEWAY_ERRORS.get("403"));

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ApiDocuments() {
    }

    /** A service's document as served by the gateway: routed paths only, secured, with the gateway's errors. */
    static ObjectNode forGateway(JsonNode serviceDocument, Predicate<String> routed) {
        ObjectNode document = (ObjectNode) serviceDocument.deepCopy();
        ObjectNode paths = NODES.objectNode();
        document.path("paths").properties().forEach(path -> {
            if (routed.test(path.getKey())) {
                paths.set(path.getKey(), path.getValue());
            }
        });
        document.set("paths", paths);
        secure(document);
        forEachOperation(document, operation -> addErrors(operation, GATEWAY_ERRORS));
        document.putArray("servers").addObject().put("url", "/");
        return document;
    }

    /**
     * One document of everything a client can call: {@code gateway}'s own endpoints, then each service's (as
     * {@link #forGateway} shaped it). Schemas two services name alike but define differently are renamed
     * {@code <Service><Name>} in both; operation ids are prefixed with the service; tags name the service.
     */
    static ObjectNode merge(JsonNode gateway, Map<String, ObjectNode> services, List<String> unavailable) {
        ObjectNode merged = withGatewayErrors(gateway);
        secure(merged);
        ObjectNode info = merged.putObject("info");
        info.put("title", "Tradewatch API");
        info.put("version", "1");
        info.put("description", "Everything a client can call through the gateway: its own endpoints and those of "
                + String.join(", ", services.keySet()) + ". Errors are RFC 9457 problems."
                + (unavailable.isEmpty() ? "" : " Missing now (their documents could not be read): "
                        + String.join(", ", unavailable) + "."));
        if (!unavailable.isEmpty()) {
            ArrayNode missing = merged.putArray("x-unavailable-services");
            unavailable.forEach(missing::add);
        }
        merged.putArray("servers").addObject().put("url", "/");
        ObjectNode schemas = merged.withObjectProperty("components").withObjectProperty("schemas");
        ObjectNode paths = merged.withObjectProperty("paths");
        Map<String, Map<String, String>> renames = renames(gateway, services);
        for (Map.Entry<String, ObjectNode> entry : new TreeMap<>(services).entrySet()) {
            String service = entry.getKey();
            ObjectNode document = entry.getValue().deepCopy();
            renameRefs(document, renames.getOrDefault(service, Map.of()));
            document.path("components").path("schemas").properties()
                .forEach(schema -> schemas.set(renames.getOrDefault(service, Map.of())
                    .getOrDefault(schema.getKey(), schema.getKey()), schema.getValue()));
            forEachOperation(document, operation -> {
                if (operation.hasNonNull("operationId")) {
                    operation.put("operationId", camel(service) + "_" + operation.get("operationId").asString());
                }
                operation.putArray("tags").add(service);
            });
            document.path("paths").properties().forEach(path -> {
                ObjectNode item = paths.has(path.getKey()) ? (ObjectNode) paths.get(path.getKey())
                        : paths.putObject(path.getKey());
                path.getValue().properties().forEach(method -> item.set(method.getKey(), method.getValue()));
            });
        }
        return merged;
    }

    /** Per service: its schema names that another document defines differently, and their new names. */
    private static Map<String, Map<String, String>> renames(JsonNode gateway, Map<String, ObjectNode> services) {
        Map<String, List<JsonNode>> definitions = new HashMap<>();
        gateway.path("components").path("schemas").properties()
            .forEach(schema -> definitions.computeIfAbsent(schema.getKey(), name -> new ArrayList<>()).add(schema.getValue()));
        services.values().forEach(document -> document.path("components").path("schemas").properties()
            .forEach(schema -> {
                List<JsonNode> seen = definitions.computeIfAbsent(schema.getKey(), name -> new ArrayList<>());
                if (!seen.contains(schema.getValue())) {
                    seen.add(schema.getValue());
                }
            }));
        Map<String, Map<String, String>> renames = new LinkedHashMap<>();
        services.forEach((service, document) -> document.path("components").path("schemas").propertyNames()
            .forEach(name -> {
                if (definitions.get(name).size() > 1) {
                    renames.computeIfAbsent(service, key -> new LinkedHashMap<>()).put(name, camel(service) + name);
                }
            }));
        return renames;
    }

    private static void renameRefs(JsonNode node, Map<String, String> renames) {
        if (renames.isEmpty()) {
            return;
        }
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isString() && ref.asString().startsWith(SCHEMAS)) {
                String name = ref.asString().substring(SCHEMAS.length());
                object.put("$ref", SCHEMAS + renames.getOrDefault(name, name));
            }
        }
        for (JsonNode child : node) {
            renameRefs(child, renames);
        }
    }

    /** Declares the gateway's two ways to authenticate and requires one of them on every operation. */
    private static void secure(ObjectNode document) {
        ObjectNode schemes = document.withObjectProperty("components").withObjectProperty("securitySchemes");
        schemes.putObject(API_KEY).put("type", "apiKey").put("in", "header").put("name", "X-API-Key")
            .put("description", API_KEY_DESCRIPTION);
        schemes.putObject(BEARER).put("type", "http").put("scheme", "bearer").put("bearerFormat", "JWT")
            .put("description", BEARER_DESCRIPTION);
        ArrayNode security = document.putArray("security");
        security.addObject().putArray(API_KEY);
        security.addObject().putArray(BEARER);
    }

    /** Adds the gateway's own error answers to every operation of {@code gatewayDocument} that lacks them. */
    static ObjectNode withGatewayErrors(JsonNode gatewayDocument) {
        ObjectNode document = (ObjectNode) gatewayDocument.deepCopy();
        forEachOperation(document, operation -> addErrors(operation, OWN_ERRORS));
        return document;
    }

    private static void addErrors(ObjectNode operation, Map<String, String> errors) {
        ObjectNode responses = operation.withObjectProperty("responses");
        errors.forEach((code, description) -> {
            if (!responses.has(code)) {
                ObjectNode response = responses.putObject(code);
                response.put("description", description);
                response.putObject("content").putObject(PROBLEM_JSON).putObject("schema")
                    .put("$ref", SCHEMAS + "ProblemDetail");
            }
        });
    }

    private static void forEachOperation(ObjectNode document, java.util.function.Consumer<ObjectNode> action) {
        for (JsonNode item : document.path("paths")) {
            item.properties().forEach(method -> {
                if (METHODS.contains(method.getKey()) && method.getValue() instanceof ObjectNode operation) {
                    action.accept(operation);
                }
            });
        }
    }

    /** {@code order-executor} as {@code OrderExecutor}. */
    static String camel(String service) {
        StringBuilder name = new StringBuilder();
        for (String part : service.split("-")) {
            if (!part.isEmpty()) {
                name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return name.toString();
    }

    private static Map<String, String> errors(String... codesAndDescriptions) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (int i = 0; i < codesAndDescriptions.length; i += 2) {
            errors.put(codesAndDescriptions[i], codesAndDescriptions[i + 1]);
        }
        return errors;
    }
}
