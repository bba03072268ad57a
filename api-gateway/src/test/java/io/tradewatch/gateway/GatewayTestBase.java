package io.tradewatch.gateway;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.tradewatch.gateway.domain.Role;
import io.tradewatch.testsupport.RealBrokersConfiguration;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one application context the gateway's integration tests share: the gateway on real ports against
 * the real Redis, routing to {@link StubServices} and trusting tokens of {@link JwtIssuer}. Limits are
 * small where a test needs to reach them (VIEWER: bursts of 10; risk-manager's breaker opens after 4
 * calls and waits 1 s; strategy's calls time out after 1 s).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "management.server.port=0",
        "tradewatch.gateway.bootstrap-admin-key=" + GatewayTestBase.BOOTSTRAP_KEY,
        "tradewatch.gateway.rate-limits.roles.VIEWER.replenish-rate=1",
        "tradewatch.gateway.rate-limits.roles.VIEWER.burst-capacity=10",
        "resilience4j.circuitbreaker.instances.risk-manager.sliding-window-size=4",
        "resilience4j.circuitbreaker.instances.risk-manager.minimum-number-of-calls=4",
        "resilience4j.circuitbreaker.instances.risk-manager.wait-duration-in-open-state=1s",
        "resilience4j.circuitbreaker.instances.risk-manager.permitted-number-of-calls-in-half-open-state=1",
        "resilience4j.timelimiter.instances.strategy.timeout-duration=1s",
        "spring.security.oauth2.resourceserver.jwt.issuer-uri=" + JwtIssuer.ISSUER,
        "spring.security.oauth2.resourceserver.jwt.audiences=" + JwtIssuer.AUDIENCE })
@Import(RealBrokersConfiguration.class)
abstract class GatewayTestBase {

    static final String BOOTSTRAP_KEY = "tw_test-bootstrap-admin-key-0123456789abcdef";

    static final StubServices STUBS = StubServices.start();

    static final JwtIssuer JWT = JwtIssuer.start();

    static final JsonMapper JSON = JsonMapper.builder().build();

    private static final HttpClient HTTP = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .build();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            STUBS.close();
            JWT.close();
        }));
    }

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @DynamicPropertySource
    static void downstreamsAndIssuer(DynamicPropertyRegistry registry) {
        for (String name : StubServices.NAMES) {
            registry.add("tradewatch.gateway.services." + name + ".uri", () -> STUBS.uri(name));
            registry.add("tradewatch.gateway.services." + name + ".management-uri", () -> STUBS.uri(name));
        }
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", JWT::jwkSetUri);
    }

    /** A request through the gateway; headers as name, value pairs. */
    HttpResponse<String> call(String method, String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(15))
            .method(method, (body == null) ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    HttpResponse<String> get(String path, String... headers) {
        return call("GET", path, null, headers);
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        }
        catch (IOException ex) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed", ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", ex);
        }
    }

    static HttpClient http() {
        return HTTP;
    }

    static String[] apiKey(String key) {
        return new String[] { "X-API-Key", key };
    }

    static String[] bearer(String token) {
        return new String[] { "Authorization", "Bearer " + token };
    }

    /** Issues a key through the admin API with the bootstrap key. */
    IssuedKey issueKey(Role role) {
        HttpResponse<String> response = call("POST", "/api/admin/keys",
                "{\"name\":\"test " + role.name().toLowerCase() + "\",\"role\":\"" + role + "\"}", apiKey(BOOTSTRAP_KEY));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode json = json(response);
        return new IssuedKey(json.get("id").asString(), json.get("key").asString());
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    /** Asserts a problem+json answer with this status and returns its body. */
    static JsonNode problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json(response);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("requestId").asString()).isNotBlank();
        return problem;
    }

    /** The value of a series in the gateway's Prometheus scrape (0 when absent); labels as name, value pairs. */
    double metric(String name, String... labels) {
        HttpResponse<String> scrape = send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + managementPort + "/actuator/prometheus")).GET().build());
        assertThat(scrape.statusCode()).isEqualTo(200);
        double total = 0;
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(name) + "\\{([^}]*)\\} (\\S+)$").matcher(scrape.body());
        while (line.find()) {
            if (hasLabels(line.group(1), labels)) {
                total += Double.parseDouble(line.group(2));
            }
        }
        return total;
    }

    private static boolean hasLabels(String set, String... labels) {
        for (int i = 0; i < labels.length; i += 2) {
            if (!set.contains(labels[i] + "=\"" + labels[i + 1] + "\"")) {
                return false;
            }
        }
        return true;
    }

    /** A key issued in a test: its public id and the key itself. */
    record IssuedKey(String id, String key) {
    }
}
