package io.tradewatch.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.tradewatch.testsupport.LocalServers;
import io.tradewatch.testsupport.observability.Executables;
import io.tradewatch.testsupport.observability.GrafanaQueries;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * deploy's Prometheus configuration, rules and dashboards against the real services: every target is up, every
 * rule and panel query parses and every panel returns series from the services, every service's scrape passes
 * {@code promtool check metrics}, and the cross-service pipeline latency has every stage.
 *
 * <p>Panels that need a fault to have data, and the fault the run produces for each:
 * <ul>
 * <li>"Sequence gaps": the simulated feed skips sequence numbers now and then (gap probability 1%);</li>
 * <li>"WebSocket connection status", "Reconnects, by connection": a second market-data-service with the WebSocket
 * feed pointed at a closed local port ({@link TradewatchSystem});</li>
 * <li>"Errors logged, by type": a stored strategy definition made unreadable, which strategy-service logs as an
 * error when it reloads the definitions ({@link #faults});</li>
 * <li>"HTTP 5xx ratio (5m)": the health of that second market-data-service, DOWN (503) while its feed cannot
 * connect, asked for ({@link #faults}).</li>
 * </ul>
 */
@Order(5)
@ExtendWith(SystemExtension.class)
class PrometheusOnTheServicesTests {

    private static final String RATE_INTERVAL = "1m";

    @BeforeAll
    static void faults(TradewatchSystem system) {
        Http.Answer health = Http.get(system.webSocketFeed().managementUrl("/actuator/health"), null);
        assertThat(health.status()).as("a feed that cannot connect: " + health).isEqualTo(503);
        RedisClient client = RedisClient.create(RedisURI.builder().withHost(LocalServers.fromEnvironment().redisHost())
            .withPort(LocalServers.fromEnvironment().redisPort()).withDatabase(system.redisDatabase()).build());
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            RedisCommands<String, String> redis = connection.sync();
            redis.set("strategy:def:corrupted", "{not json");
            redis.sadd("strategy:defs", "corrupted");
            redis.incr("strategy:defs:version");
        }
        finally {
            client.shutdown();
        }
        TradewatchSystem.await("strategy-service counted the error", Duration.ofSeconds(30),
                () -> !system.service(Service.STRATEGY).scrape().samples("trading_errors_total", Map.of()).isEmpty());
    }

    @Test
    void everyServiceIsScrapedThroughTheLocalDiscoveryWithItsServiceLabel(TradewatchSystem system) {
        TradewatchSystem.await("every target up", Duration.ofSeconds(30), () -> {
            Map<String, String> health = targets(system);
            return health.size() == 7 && health.values().stream().allMatch("up"::equals);
        });
        Map<String, String> health = targets(system);
        List<String> expected = new ArrayList<>(system.services().keySet().stream().map(Service::module).toList());
        expected.add("rabbitmq");
        assertThat(health.keySet()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void everyRuleLoadsAndEvaluatesAndEveryExpressionParses(TradewatchSystem system) throws IOException {
        List<String> problems = new ArrayList<>();
        int rules = 0;
        for (JsonNode group : system.prometheus().get("/api/v1/rules").path("data").path("groups")) {
            for (JsonNode rule : group.path("rules")) {
                rules++;
                if (!"ok".equals(rule.path("health").asString()) && !"unknown".equals(rule.path("health").asString())) {
                    problems.add(rule.path("name").asString() + ": " + rule.path("lastError").asString());
                }
                JsonNode answer = system.prometheus().query(rule.path("query").asString());
                if (!"success".equals(answer.path("status").asString())) {
                    problems.add(rule.path("name").asString() + " does not parse: " + answer.path("error").asString());
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(rules).as("rules loaded from deploy/prometheus/rules").isEqualTo(deployRuleCount(system.root()));
    }

    @Test
    void everyDashboardPanelQueryReturnsSeriesFromTheServices(TradewatchSystem system) {
        List<GrafanaQueries.PanelQuery> queries = GrafanaQueries.panelQueries(
                system.root().resolve("deploy/grafana/dashboards"));
        assertThat(queries).hasSizeGreaterThan(20);
        // Rates need two scrapes in their window and recording rules an evaluation after them: wait (bounded).
        Awaitility.await("every panel with series").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(3))
            .untilAsserted(() -> {
                List<String> failures = new ArrayList<>();
                for (GrafanaQueries.PanelQuery query : queries) {
                    String expression = GrafanaQueries.substituteVariables(query.expr(), RATE_INTERVAL);
                    JsonNode answer = system.prometheus().query(expression);
                    String panel = query.dashboard() + " '" + query.panel() + "'";
                    String where = panel + ": " + expression;
                    if (!"success".equals(answer.path("status").asString())) {
                        failures.add(where + " -> " + answer.path("error").asString());
                    }
                    else if (answer.path("data").path("result").isEmpty()) {
                        failures.add(where + " -> no series");
                    }
                }
                assertThat(failures).isEmpty();
            });
    }

    @Test
    void everyServicesScrapePassesPromtoolCheckMetrics(TradewatchSystem system) throws Exception {
        Map<String, String> failures = new LinkedHashMap<>();
        for (RunningService service : system.services().values()) {
            String text = service.scrape().text();
            Path file = Files.createTempFile("scrape-" + service.service().module(), ".prom");
            try {
                Files.writeString(file, text);
                Process promtool = new ProcessBuilder(Executables.require("promtool").toString(), "check", "metrics")
                    .redirectInput(file.toFile())
                    .redirectErrorStream(true)
                    .start();
                String output = new String(promtool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(promtool.waitFor(60, TimeUnit.SECONDS)).as("promtool ended").isTrue();
                List<String> problems = output.lines().filter(line -> !line.isBlank()).toList();
                if (!problems.isEmpty()) {
                    failures.put(service.service().module(), String.join("\n", problems));
                }
            }
            finally {
                Files.deleteIfExists(file);
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void thePipelineLatencyHasEveryStageAndAPlausibleTickToFill(TradewatchSystem system) {
        Map<String, Service> recordedBy = Map.of("signal", Service.STRATEGY, "order", Service.ORDER_EXECUTOR,
                "decision", Service.RISK_MANAGER, "fill", Service.ORDER_EXECUTOR);
        recordedBy.forEach((stage, service) -> {
            Scrape scrape = system.service(service).scrape();
            assertThat(scrape.value("trading_pipeline_latency_seconds_count", Map.of("stage", stage)))
                .as(stage + " observations in " + service.module()).isGreaterThanOrEqualTo(1);
        });
        Scrape executor = system.service(Service.ORDER_EXECUTOR).scrape();
        double count = executor.value("trading_pipeline_latency_seconds_count", Map.of("stage", "fill"));
        double seconds = executor.value("trading_pipeline_latency_seconds_sum", Map.of("stage", "fill"));
        assertThat(seconds / count).as("mean tick to fill, s").isGreaterThan(0).isLessThan(system.ageSeconds());
    }

    private static Map<String, String> targets(TradewatchSystem system) {
        Map<String, String> health = new LinkedHashMap<>();
        StreamSupport.stream(system.prometheus().get("/api/v1/targets?state=active").path("data")
            .path("activeTargets").spliterator(), false)
            .forEach(target -> health.put(target.path("labels").path("service").asString(),
                    target.path("health").asString()));
        return health;
    }

    private static int deployRuleCount(Path root) throws IOException {
        int count = 0;
        try (var files = Files.list(root.resolve("deploy/prometheus/rules"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".yml")).toList()) {
                count += (int) Files.readAllLines(file).stream()
                    .map(String::strip)
                    .filter(line -> line.startsWith("- alert:") || line.startsWith("- record:"))
                    .count();
            }
        }
        return count;
    }
}
