package io.tradewatch.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.tradewatch.metrics.catalog.MeterGroup;
import io.tradewatch.metrics.catalog.MeterSpec;
import io.tradewatch.metrics.catalog.MetricCatalog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operational contract every Tradewatch service keeps, written once: each service's test extends it
 * and names the readiness components it expects. The service is booted on real ports against real
 * brokers, and everything is asked over HTTP as Kubernetes and Prometheus would ask it; its OpenAPI document
 * must be the one committed under {@code docs/openapi/}, so an API change shows in review.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "management.server.port=0", "tradewatch.metrics.instance=test" })
@Import(RealBrokersConfiguration.class)
public abstract class ServiceContractTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final HttpClient HTTP = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .build();

    @LocalServerPort
    private int port;

    @LocalManagementPort
    private int managementPort;

    @Autowired
    private Environment environment;

    /** The health contributors the readiness group must show, such as {@code rabbit} and {@code redis}. */
    protected abstract Set<String> readinessComponents();

    /** Business-port paths with a malformed id (for example {@code /api/orders/not-a-uuid}); none by default. */
    protected List<String> malformedIdPaths() {
        return List.of();
    }

    @Test
    void everyProblemHasATypeTitleDetailAndTheRequestIdItCameWith() {
        List<String> paths = new ArrayList<>(malformedIdPaths());
        paths.add("/api/no-such-resource");
        for (String path : paths) {
            String requestId = "contract-" + UUID.randomUUID();
            HttpResponse<String> response = get(port, path, "X-Request-Id", requestId);
            if (!path.equals("/api/no-such-resource")) {
                assertThat(response.statusCode()).as(path).isIn(400, 404);
            }
            assertThat(response.statusCode()).as(path).isBetween(400, 499);
            assertThat(response.headers().firstValue("Content-Type")).as(path)
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            JsonNode problem = JSON.readTree(response.body());
            assertThat(problem.path("type").asString()).as(path).startsWith("https://tradewatch.io/problems/");
            assertThat(problem.path("title").asString()).as(path).isNotBlank();
            assertThat(problem.path("detail").asString()).as(path).isNotBlank();
            assertThat(problem.path("requestId").asString()).as(path).isEqualTo(requestId);
            response.headers()
                .firstValue("X-Request-Id")
                .ifPresent(header -> assertThat(header).as(path).isEqualTo(requestId));
        }
    }

    @Test
    void livenessIsUpOnTheManagementPortAndChecksNoBroker() {
        HttpResponse<String> response = get(managementPort, "/actuator/health/liveness");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"").doesNotContain("rabbit").doesNotContain("redis");
    }

    @Test
    void readinessIsUpAndIncludesTheBrokersTheServiceUses() {
        HttpResponse<String> response = get(managementPort, "/actuator/health/readiness");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
        for (String component : readinessComponents()) {
            assertThat(response.body()).contains("\"" + component + "\"");
        }
    }

    @Test
    void prometheusShowsEveryEnabledCatalogGroupAtZeroWithCommonTags() {
        HttpResponse<String> response = get(managementPort, "/actuator/prometheus");
        assertThat(response.statusCode()).isEqualTo(200);
        String scrape = response.body();
        String application = environment.getProperty("spring.application.name");
        assertThat(scrape).contains("application=\"" + application + "\"").contains("instance=\"test\"");
        List<MeterGroup> groups = Binder.get(environment)
            .bind("tradewatch.metrics.groups", org.springframework.boot.context.properties.bind.Bindable.listOf(MeterGroup.class))
            .orElse(List.of());
        assertThat(groups).as("the service names its catalog groups in tradewatch.metrics.groups").isNotEmpty();
        for (MeterGroup group : groups) {
            for (MeterSpec spec : MetricCatalog.group(group)) {
                if (spec.isFullyBounded()) {
                    assertThat(scrape).as("%s of group %s", spec.prometheusName(), group)
                        .contains("# TYPE " + spec.prometheusName() + " ");
                }
            }
        }
        assertThat(scrape).contains("trading_uptime_seconds{");
    }

    @Test
    void actuatorIsNotServedOnTheBusinessPort() {
        assertThat(get(port, "/actuator/prometheus").statusCode()).isEqualTo(404);
        assertThat(get(port, "/actuator/health").statusCode()).isEqualTo(404);
    }

    @Test
    void infoShowsBuildAndGit() {
        HttpResponse<String> response = get(managementPort, "/actuator/info");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"build\"").contains("\"java\"");
        if (getClass().getResource("/git.properties") != null) {
            assertThat(response.body()).contains("\"git\"");
        }
    }

    @Test
    void openApiDocumentIsTheCommittedOne() {
        HttpResponse<String> response = fetchOpenApiDocument();
        assertThat(response.statusCode()).as("GET of the OpenAPI document").isEqualTo(200);
        OpenApiDocuments.assertIsCommitted(environment.getRequiredProperty("spring.application.name"), response.body());
    }

    /** The service's OpenAPI document as a client reads it: {@code /v3/api-docs} on the business port. */
    protected HttpResponse<String> fetchOpenApiDocument() {
        return get(port, "/v3/api-docs");
    }

    /** A GET over a real socket to this service, with headers as name, value pairs. */
    protected static HttpResponse<String> get(int port, String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(10))
            .GET();
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        HttpRequest request = builder.build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        }
        catch (IOException ex) {
            throw new IllegalStateException("GET " + path + " on port " + port + " failed", ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during GET " + path, ex);
        }
    }

    protected int port() {
        return port;
    }

    protected int managementPort() {
        return managementPort;
    }
}
