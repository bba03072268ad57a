package io.tradewatch.gateway;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.tradewatch.gateway.domain.Role;
import io.tradewatch.testsupport.OpenApiDocuments;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI documents and the Swagger UI through the gateway, over real sockets: for any authenticated caller,
 * never for an anonymous one. The stub services serve the committed documents of the real services.
 */
class ApiDocsTests extends GatewayTestBase {

    private String viewer;

    @BeforeEach
    void viewerKey() {
        viewer = issueKey(Role.VIEWER).key();
    }

    @Test
    void aViewerGetsOneDocumentOfEveryServiceAndTheGatewayItself() {
        HttpResponse<String> response = get("/v3/api-docs", apiKey(viewer));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode document = json(response);
        assertThat(document.at("/openapi").asString()).startsWith("3.");
        assertThat(document.at("/paths").propertyNames()).contains("/api/market/quotes/{symbol}", "/api/strategies/{id}",
                "/api/backtests", "/api/signals", "/api/orders/{id}", "/api/portfolio", "/api/risk/limits",
                "/api/alerts/rules/{id}", "/api/alerts/stream", "/api/status", "/api/admin/keys", "/api/admin/keys/{id}");
        assertThat(document.at("/paths/~1api~1orders~1{id}/get/tags").toString()).isEqualTo("[\"order-executor\"]");
        assertThat(document.at("/paths/~1api~1orders~1{id}/get/responses/429/content/application~1problem+json"
                + "/schema/$ref").asString()).isEqualTo("#/components/schemas/ProblemDetail");
        assertThat(document.at("/components/securitySchemes/apiKey/name").asString()).isEqualTo("X-API-Key");
        assertThat(document.has("x-unavailable-services")).isFalse();
        assertThat(danglingRefs(document)).as("references to schemas the document lacks").isEmpty();
    }

    @Test
    void everyPathEachServiceDocumentsIsRoutedToItByTheGateway() {
        StubServices.APPLICATIONS.forEach((service, application) -> {
            HttpResponse<String> response = get("/v3/api-docs/" + service, apiKey(viewer));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode committed = JSON.readTree(readCommitted(application));
            assertThat(json(response).at("/paths").propertyNames()).as(service)
                .containsExactlyInAnyOrderElementsOf(committed.at("/paths").propertyNames());
        });
    }

    @Test
    void theGatewaysOwnDocumentAsksForAKeyOrATokenAndDescribesTheRefusals() {
        JsonNode document = json(get("/v3/api-docs/api-gateway", apiKey(viewer)));
        assertThat(document.at("/components/securitySchemes/apiKey/name").asString()).isEqualTo("X-API-Key");
        assertThat(document.at("/components/securitySchemes/bearer/scheme").asString()).isEqualTo("bearer");
        assertThat(document.at("/security").toString()).isEqualTo("[{\"apiKey\":[]},{\"bearer\":[]}]");
        assertThat(document.at("/paths/~1api~1admin~1keys/post/responses/403/content/application~1problem+json"
                + "/schema/$ref").asString()).isEqualTo("#/components/schemas/ProblemDetail");
        assertThat(document.at("/paths").propertyNames()).containsExactlyInAnyOrder("/api/admin/keys",
                "/api/admin/keys/{id}", "/api/status");
    }

    @Test
    void anUnknownServiceIsANotFoundProblem() {
        JsonNode problem = problem(get("/v3/api-docs/nothing-here", apiKey(viewer)), 404);
        assertThat(problem.get("detail").asString()).contains("market-data", "alert-system");
    }

    @Test
    void aViewerGetsTheSwaggerUiListingEveryDocument() {
        HttpResponse<String> page = get("/swagger-ui.html", apiKey(viewer));
        assertThat(page.statusCode()).isEqualTo(302);
        String location = page.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> index = get(location, apiKey(viewer));
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.body()).contains("swagger-ui");
        JsonNode config = json(get("/v3/api-docs/api-gateway/swagger-config", apiKey(viewer)));
        List<String> urls = new ArrayList<>();
        config.get("urls").forEach(url -> urls.add(url.get("url").asString()));
        assertThat(urls).contains("/v3/api-docs", "/v3/api-docs/market-data", "/v3/api-docs/strategy",
                "/v3/api-docs/order-executor", "/v3/api-docs/risk-manager", "/v3/api-docs/alert-system",
                "/v3/api-docs/api-gateway");
    }

    @Test
    void nobodyAnonymousReadsTheDocumentsOrTheUi() {
        for (String path : List.of("/v3/api-docs", "/v3/api-docs/order-executor", "/v3/api-docs/api-gateway",
                "/swagger-ui.html", "/webjars/swagger-ui/index.html")) {
            assertThat(problem(get(path), 401).get("status").asInt()).as(path).isEqualTo(401);
        }
    }

    private static String readCommitted(String application) {
        try {
            return java.nio.file.Files.readString(OpenApiDocuments.committed(application));
        }
        catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    private static List<String> danglingRefs(JsonNode document) {
        List<String> dangling = new ArrayList<>();
        collectRefs(document, document, dangling);
        return dangling;
    }

    private static void collectRefs(JsonNode node, JsonNode document, List<String> dangling) {
        JsonNode ref = node.get("$ref");
        if (ref != null && ref.isString() && document.at(ref.asString().substring(1)).isMissingNode()) {
            dangling.add(ref.asString());
        }
        for (JsonNode child : node) {
            collectRefs(child, document, dangling);
        }
    }
}
