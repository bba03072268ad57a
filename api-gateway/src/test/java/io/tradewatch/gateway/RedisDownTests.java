package io.tradewatch.gateway;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.tradewatch.gateway.domain.ApiKeys;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.http.client.ReactorResourceFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway with Redis unreachable: a gateway instance of its own whose Redis is a closed local port
 * (the shared Redis keeps running). By default reads fail open and order placement fails closed with
 * 503; a route can be configured to fail closed for reads too; keys that cannot be checked get 503.
 */
class RedisDownTests {

    private static final String ADMIN_KEY = "tw_redis-down-bootstrap-admin-key-0123456789";

    private static final HttpClient HTTP = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .build();

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static StubServices stubs;

    private static ConfigurableApplicationContext gateway;

    private static int port;

    private static int managementPort;

    @BeforeAll
    static void startGatewayWithoutRedis() throws IOException {
        stubs = StubServices.start();
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--management.server.port=0",
                "--spring.data.redis.host=127.0.0.1", "--spring.data.redis.port=" + closedPort(),
                "--tradewatch.gateway.bootstrap-admin-key=" + ADMIN_KEY,
                "--tradewatch.gateway.rate-limits.fail-closed.risk-manager=GET"));
        for (String name : StubServices.NAMES) {
            args.add("--tradewatch.gateway.services." + name + ".uri=" + stubs.uri(name));
            args.add("--tradewatch.gateway.services." + name + ".management-uri=" + stubs.uri(name));
        }
        gateway = new SpringApplicationBuilder(ApiGatewayApplication.class, PrivateNettyResources.class)
            .run(args.toArray(String[]::new));
        port = ((WebServerApplicationContext) gateway).getWebServer().getPort();
        managementPort = Integer.parseInt(gateway.getEnvironment().getProperty("local.management.port", "0"));
    }

    @AfterAll
    static void stop() {
        try {
            if (gateway != null) {
                gateway.close();
            }
        }
        finally {
            stubs.close();
        }
    }

    @Test
    void readsFailOpenAndPassWithoutARateLimit() {
        long start = System.nanoTime();
        HttpResponse<String> response = call("GET", "/api/market/quotes", ADMIN_KEY);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThat(response.headers().firstValue("X-RateLimit-Remaining")).isEmpty();
    }

    @Test
    void orderPlacementFailsClosedWith503AndIsNeverForwarded() {
        HttpResponse<String> response = call("POST", "/api/orders", ADMIN_KEY);
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("type").asString()).endsWith("/rate-limiter-unavailable");
        assertThat(problem.get("detail").asString()).contains("no order was placed");
        assertThat(stubs.calls("order-executor", "/api/orders")).isZero();
        assertThat(call("DELETE", "/api/orders/o1", ADMIN_KEY).statusCode()).as("cancels fail open").isEqualTo(200);
    }

    @Test
    void aRouteConfiguredToFailClosedRefusesReadsToo() {
        assertThat(call("GET", "/api/risk/limits", ADMIN_KEY).statusCode()).isEqualTo(503);
        assertThat(stubs.calls("risk-manager", "/api/risk/limits")).isZero();
    }

    @Test
    void aKeyThatCannotBeCheckedIs503NotUnauthorized() {
        HttpResponse<String> response = call("GET", "/api/market/quotes", ApiKeys.newKey());
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(JSON.readTree(response.body()).get("type").asString()).endsWith("/credentials-unverifiable");
    }

    @Test
    void healthShowsRedisDownAndTheRateLimiterDegraded() {
        call("GET", "/api/market/symbols", ADMIN_KEY);
        HttpResponse<String> readiness = send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + managementPort + "/actuator/health/readiness")).build());
        assertThat(readiness.statusCode()).isEqualTo(503);
        HttpResponse<String> health = send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + managementPort + "/actuator/health")).build());
        assertThat(health.body()).contains("rate-limiter").contains("DEGRADED");
    }

    private static HttpResponse<String> call(String method, String path, String key) {
        HttpRequest.BodyPublisher body = method.equals("POST") ? HttpRequest.BodyPublishers.ofString("{}")
                : HttpRequest.BodyPublishers.noBody();
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(10))
            .header("X-API-Key", key)
            .header("Content-Type", "application/json")
            .method(method, body)
            .build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        }
        catch (IOException ex) {
            throw new IllegalStateException(request.uri() + " failed", ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", ex);
        }
    }

    /**
     * Own event loops for this second gateway: closing a context that uses Reactor Netty's global
     * resources disposes them, which would stop the servers of the shared test context in this JVM.
     */
    static class PrivateNettyResources {

        @Bean
        ReactorResourceFactory reactorResourceFactory() {
            ReactorResourceFactory resources = new ReactorResourceFactory();
            resources.setUseGlobalResources(false);
            return resources;
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
