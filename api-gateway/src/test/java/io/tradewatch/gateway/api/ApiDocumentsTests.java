package io.tradewatch.gateway.api;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

class ApiDocumentsTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String PROBLEM = "{\"type\":\"object\",\"properties\":{\"title\":{\"type\":\"string\"}}}";

    @Test
    void aServiceDocumentKeepsOnlyTheRoutedPathsWithTheGatewaysErrorsAndSecurity() {
        ObjectNode document = ApiDocuments.forGateway(service("Order", "{\"type\":\"object\"}", "/api/orders/{id}",
                "/internal/reset"), path -> path.startsWith("/api/orders"));

        assertThat(document.at("/paths").propertyNames()).containsExactly("/api/orders/{id}");
        JsonNode responses = document.at("/paths/~1api~1orders~1{id}/get/responses");
        assertThat(responses.propertyNames()).containsExactlyInAnyOrder("200", "500", "401", "403", "429", "503", "504");
        for (String code : List.of("401", "403", "429", "503", "504")) {
            assertThat(responses.at("/" + code + "/content/application~1problem+json/schema/$ref").asString())
                .isEqualTo("#/components/schemas/ProblemDetail");
        }
        assertThat(responses.at("/500/description").asString()).isEqualTo("the service's own");
        assertThat(document.at("/components/securitySchemes/apiKey/name").asString()).isEqualTo("X-API-Key");
        assertThat(document.at("/security").toString()).isEqualTo("[{\"apiKey\":[]},{\"bearer\":[]}]");
        assertThat(document.at("/servers/0/url").asString()).isEqualTo("/");
    }

    @Test
    void mergingRenamesSchemasTwoServicesDefineDifferentlyAndKeepsSharedOnesOnce() {
        ObjectNode merged = ApiDocuments.merge(gateway(), Map.of(
                "order-executor", service("Trade", "{\"type\":\"object\",\"description\":\"a fill\"}", "/api/trades"),
                "strategy", service("Trade", "{\"type\":\"object\",\"description\":\"a backtest trade\"}",
                        "/api/backtests")), List.of());

        assertThat(merged.at("/components/schemas").propertyNames())
            .containsExactlyInAnyOrder("ProblemDetail", "OrderExecutorTrade", "StrategyTrade");
        assertThat(merged.at("/paths/~1api~1trades/get/responses/200/content/application~1json/schema/$ref").asString())
            .isEqualTo("#/components/schemas/OrderExecutorTrade");
        assertThat(merged.at("/paths/~1api~1backtests/get/responses/200/content/application~1json/schema/$ref")
            .asString()).isEqualTo("#/components/schemas/StrategyTrade");
        assertThat(merged.at("/components/schemas/StrategyTrade/description").asString()).isEqualTo("a backtest trade");
    }

    @Test
    void mergingNamesEachOperationAfterItsServiceAndKeepsTheGatewaysOwnEndpoints() {
        ObjectNode merged = ApiDocuments.merge(gateway(),
                Map.of("order-executor", service("Order", "{\"type\":\"object\"}", "/api/orders")), List.of());

        assertThat(merged.at("/paths").propertyNames()).containsExactlyInAnyOrder("/api/status", "/api/orders");
        assertThat(merged.at("/paths/~1api~1orders/get/operationId").asString()).isEqualTo("OrderExecutor_get");
        assertThat(merged.at("/paths/~1api~1orders/get/tags").toString()).isEqualTo("[\"order-executor\"]");
        assertThat(merged.at("/paths/~1api~1status/get/responses").propertyNames()).contains("401", "403");
        assertThat(merged.at("/info/title").asString()).isEqualTo("Tradewatch API");
        assertThat(merged.has("x-unavailable-services")).isFalse();
    }

    @Test
    void mergingSaysWhichServicesCouldNotBeRead() {
        ObjectNode merged = ApiDocuments.merge(gateway(), Map.of(), List.of("risk-manager"));

        assertThat(merged.at("/x-unavailable-services").toString()).isEqualTo("[\"risk-manager\"]");
        assertThat(merged.at("/info/description").asString()).contains("Missing now", "risk-manager");
    }

    @Test
    void serviceNamesBecomeSchemaPrefixes() {
        assertThat(ApiDocuments.camel("order-executor")).isEqualTo("OrderExecutor");
        assertThat(ApiDocuments.camel("strategy")).isEqualTo("Strategy");
    }

    private static ObjectNode gateway() {
        return (ObjectNode) JSON.readTree("""
                {"openapi":"3.1.0","info":{"title":"api-gateway","version":"1"},
                 "paths":{"/api/status":{"get":{"operationId":"status","responses":{"200":{"description":"ok"}}}}},
                 "components":{"schemas":{"ProblemDetail":%s}}}""".formatted(PROBLEM));
    }

    private static ObjectNode service(String schema, String definition, String... paths) {
        ObjectNode document = (ObjectNode) JSON.readTree("""
                {"openapi":"3.1.0","info":{"title":"service","version":"1"},"paths":{},
                 "components":{"schemas":{"ProblemDetail":%s,"%s":%s}}}""".formatted(PROBLEM, schema, definition));
        for (String path : paths) {
            document.withObjectProperty("paths").set(path, JSON.readTree("""
                    {"get":{"operationId":"get","tags":["a-controller"],"responses":{
                      "200":{"description":"ok","content":{"application/json":{"schema":{"$ref":"#/components/schemas/%s"}}}},
                      "500":{"description":"the service's own"}}}}""".formatted(schema)));
        }
        return document;
    }
}
