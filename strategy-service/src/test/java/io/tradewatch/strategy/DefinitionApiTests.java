package io.tradewatch.strategy;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.tradewatch.testsupport.SecondInstance;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The definitions API over a real socket: defaults, CRUD, enable/disable and every invalid field at once. */
class DefinitionApiTests extends StrategyServiceTestBase {

    @Test
    void theDefaultStrategiesExistAfterTheFirstStart() {
        assertThat(ids(list())).contains("ma-crossover-default", "rsi-reversion-default", "bollinger-breakout-default");
        assertThat(redis.opsForValue().get("strategy:def:rsi-reversion-default")).contains("\"rsi_mean_reversion\"");
    }

    @Test
    void aDefinitionSurvivesARestartOfTheInstanceThatCreatedIt() {
        Map<String, Object> definition = definition("restart-1", "ma_crossover", List.of("RESTARTA"),
                Map.of("fast", 3, "slow", 7), "321", "1m");
        String before;
        try (ConfigurableApplicationContext first = SecondInstance.start(StrategyApplication.class, context)) {
            WebTestClient firstHttp = http(localPort(first));
            firstHttp.post().uri("/api/strategies").contentType(MediaType.APPLICATION_JSON).bodyValue(definition)
                .exchange().expectStatus().isCreated();
            before = new String(firstHttp.get().uri("/api/strategies/restart-1").exchange().expectStatus().isOk()
                .expectBody().returnResult().getResponseBody(), java.nio.charset.StandardCharsets.UTF_8);
        }
        try (ConfigurableApplicationContext restarted = SecondInstance.start(StrategyApplication.class, context)) {
            int restartedPort = localPort(restarted);
            JsonNode read = json.readTree(http(restartedPort).get().uri("/api/strategies/restart-1").exchange()
                .expectStatus().isOk().expectBody().returnResult().getResponseBody());
            assertThat(read).isEqualTo(json.readTree(before));
            assertThat(read.get("parameters").get("slow").asInt()).isEqualTo(7);
            await().atMost(Duration.ofSeconds(10))
                .until(() -> symbolState(state(restartedPort, "restart-1"), "RESTARTA").get("running").asBoolean());
        }
        finally {
            http().delete().uri("/api/strategies/restart-1").exchange();
        }
    }

    private static int localPort(ConfigurableApplicationContext app) {
        return Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
    }

    @Test
    void aDefinitionIsCreatedReadReplacedAndDeleted() {
        create(definition("crud-1", "rsi_mean_reversion", List.of("crudusdt"), Map.of("period", 10), "250.5", "30s"));
        http().post().uri("/api/strategies").contentType(MediaType.APPLICATION_JSON)
            .bodyValue(definition("crud-1", "rsi_mean_reversion", List.of("CRUDUSDT"), Map.of(), "1", "0s"))
            .exchange().expectStatus().isEqualTo(409);
        JsonNode read = get("crud-1");
        assertThat(read.get("symbols").get(0).asString()).isEqualTo("CRUDUSDT");
        assertThat(read.get("notional").asString()).isEqualTo("250.50");
        assertThat(read.get("cooldown").asString()).isEqualTo("PT30S");
        assertThat(read.get("parameters").get("period").asInt()).isEqualTo(10);
        assertThat(read.get("parameters").get("oversold").asDouble()).isEqualTo(30.0);
        http().put().uri("/api/strategies/crud-1").contentType(MediaType.APPLICATION_JSON)
            .bodyValue(Map.of("type", "bollinger_breakout", "symbols", List.of("CRUDUSDT"), "notional", 99))
            .exchange().expectStatus().isOk();
        assertThat(get("crud-1").get("type").asString()).isEqualTo("bollinger_breakout");
        assertThat(get("crud-1").get("notional").asString()).isEqualTo("99.00");
        http().delete().uri("/api/strategies/crud-1").exchange().expectStatus().isNoContent();
        http().get().uri("/api/strategies/crud-1").exchange().expectStatus().isNotFound()
            .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        http().delete().uri("/api/strategies/crud-1").exchange().expectStatus().isNotFound();
        http().put().uri("/api/strategies/crud-1").contentType(MediaType.APPLICATION_JSON)
            .bodyValue(definition("crud-1", "rsi_mean_reversion", List.of("CRUDUSDT"), Map.of(), "1", "0s"))
            .exchange().expectStatus().isNotFound();
    }

    @Test
    void anInvalidDefinitionIsRejectedWithEveryInvalidField() {
        Map<String, Object> invalid = Map.of("id", "bad-1", "type", "ma_crossover", "symbols", List.of(),
                "parameters", Map.of("fast", 50, "slow", 10, "colour", "red"), "notional", "0", "cooldown", "later");
        JsonNode problem = json.readTree(http().post().uri("/api/strategies").contentType(MediaType.APPLICATION_JSON)
            .bodyValue(invalid)
            .exchange()
            .expectStatus().isBadRequest()
            .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody().returnResult().getResponseBody());
        assertThat(fields(problem)).containsExactlyInAnyOrder("symbols", "parameters.fast", "parameters.colour",
                "notional", "cooldown");
        JsonNode rsi = json.readTree(http().post().uri("/api/strategies").contentType(MediaType.APPLICATION_JSON)
            .bodyValue(Map.of("id", "bad-2", "type", "rsi_mean_reversion", "symbols", List.of("BTCUSDT"),
                    "parameters", Map.of("oversold", 120, "overbought", -3), "notional", "-10"))
            .exchange().expectStatus().isBadRequest().expectBody().returnResult().getResponseBody());
        assertThat(fields(rsi)).containsExactlyInAnyOrder("parameters.oversold", "parameters.overbought", "notional");
        JsonNode type = json.readTree(http().post().uri("/api/strategies").contentType(MediaType.APPLICATION_JSON)
            .bodyValue(Map.of("id", "bad-3", "type", "grid", "symbols", List.of("BTCUSDT"), "notional", "10"))
            .exchange().expectStatus().isBadRequest().expectBody().returnResult().getResponseBody());
        assertThat(fields(type)).containsExactly("type");
        http().get().uri("/api/strategies/bad-1").exchange().expectStatus().isNotFound();
    }

    @Test
    void disablingStopsAStrategyOnEveryReplicaAndEnablingStartsItAgain() {
        create(definition("toggle-1", "bollinger_breakout", List.of("TOGGLEA"), Map.of("period", 5), "100", "0s"));
        await().atMost(Duration.ofSeconds(10)).until(() -> running("toggle-1", "TOGGLEA"));
        http().post().uri("/api/strategies/toggle-1/disable").exchange().expectStatus().isOk().expectBody()
            .jsonPath("$.enabled").isEqualTo(false);
        assertThat(get("toggle-1").get("enabled").asBoolean()).isFalse();
        await().atMost(Duration.ofSeconds(10)).until(() -> !running("toggle-1", "TOGGLEA"));
        http().post().uri("/api/strategies/toggle-1/enable").exchange().expectStatus().isOk();
        await().atMost(Duration.ofSeconds(10)).until(() -> running("toggle-1", "TOGGLEA"));
        http().post().uri("/api/strategies/nope/enable").exchange().expectStatus().isNotFound();
        http().get().uri("/api/strategies/nope/state").exchange().expectStatus().isNotFound();
    }

    @Test
    void aSignalsLimitOutsideItsRangeIsRejected() {
        JsonNode problem = json.readTree(http().get().uri("/api/signals?limit=0").exchange().expectStatus()
            .isBadRequest().expectBody().returnResult().getResponseBody());
        assertThat(fields(problem)).containsExactly("limit");
    }

    private boolean running(String id, String symbol) {
        return symbolState(state(port, id), symbol).get("running").asBoolean();
    }

    private JsonNode list() {
        return json.readTree(http().get().uri("/api/strategies").exchange().expectStatus().isOk().expectBody()
            .returnResult().getResponseBody());
    }

    private JsonNode get(String id) {
        return json.readTree(http().get().uri("/api/strategies/{id}", id).exchange().expectStatus().isOk().expectBody()
            .returnResult().getResponseBody());
    }

    static List<String> ids(JsonNode list) {
        List<String> ids = new java.util.ArrayList<>();
        list.forEach(node -> ids.add(node.get("id").asString()));
        return ids;
    }

    static List<String> fields(JsonNode problem) {
        List<String> fields = new java.util.ArrayList<>();
        problem.get("errors").forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }
}
