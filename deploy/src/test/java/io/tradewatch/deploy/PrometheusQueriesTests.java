package io.tradewatch.deploy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import io.tradewatch.testsupport.observability.LocalPrometheusConfiguration;
import io.tradewatch.testsupport.observability.PrometheusServer;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every dashboard query, template variable and rule expression, asked of a real Prometheus that runs the
 * local configuration (deploy/prometheus/prometheus.yml with its rules and file_sd targets) against
 * stand-ins of the six services and RabbitMQ. Only the scrape and evaluation intervals (1 s) and the
 * target addresses differ from what an operator runs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrometheusQueriesTests {

    private static final String RATE_INTERVAL = "30s";

    private SampleTargets targets;

    private PrometheusServer prometheus;

    @BeforeAll
    void startPrometheusOnTheLocalConfiguration(@TempDir Path work) throws IOException {
        targets = SampleTargets.start();
        System.gc(); // the JVM binders register jvm_gc_pause_seconds at the first collection
        Path config = writeLocalConfiguration(work, targets);
        prometheus = PrometheusServer.start(config, work);
        Awaitility.await("every target scraped twice and every rule group evaluated")
            .atMost(Duration.ofSeconds(60))
            .pollInterval(Duration.ofMillis(500))
            .until(() -> allTargetsUp() && prometheus.query("count(rate(up[30s]) >= 0)").path("data")
                .path("result").size() > 0 && recordedSeriesPresent());
    }

    @AfterAll
    void stop() {
        if (prometheus != null) {
            prometheus.close();
        }
        if (targets != null) {
            targets.close();
        }
    }

    @Test
    void everyTargetOfTheLocalConfigurationIsUpWithItsServiceLabel() {
        JsonNode active = prometheus.get("/api/v1/targets?state=active").path("data").path("activeTargets");
        Map<String, String> services = new LinkedHashMap<>();
        active.forEach(target -> services.put(target.path("labels").path("service").asString(),
                target.path("health").asString()));
        List<String> expected = new ArrayList<>(PortTable.MODULES);
        expected.add("rabbitmq");
        assertThat(services.keySet()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(services.values()).as(prometheus.logTail()).containsOnly("up");
        JsonNode gateway = prometheus.query("trading_uptime_seconds{service=\"api-gateway\"}").path("data")
            .path("result").path(0).path("metric");
        assertThat(gateway.path("application").asString()).isEqualTo("api-gateway");
        assertThat(gateway.path("exported_instance").asString()).as("the application's own instance tag")
            .isEqualTo("sample-api-gateway:8080");
        assertThat(gateway.path("instance").asString()).isEqualTo(targets.address("api-gateway"));
    }

    @Test
    void everyRuleLoadsAndEvaluatesWithoutError() {
        JsonNode groups = prometheus.get("/api/v1/rules").path("data").path("groups");
        List<String> problems = new ArrayList<>();
        int rules = 0;
        for (JsonNode group : groups) {
            for (JsonNode rule : group.path("rules")) {
                rules++;
                if (!"ok".equals(rule.path("health").asString())) {
                    problems.add(rule.path("name").asString() + ": " + rule.path("lastError").asString());
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(rules).isEqualTo(Observability.rules().size());
    }

    @Test
    void everyRecordingRuleRecordsSeriesFromTheTargets() {
        // Rule groups evaluate on their own interval after the scrapes; on a loaded machine the first
        // evaluation with two samples per series can lag behind the set-up, so wait for it (bounded).
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(90))
            .pollInterval(java.time.Duration.ofSeconds(2))
            .untilAsserted(() -> {
                List<String> empty = new ArrayList<>();
                for (Observability.Rule rule : Observability.recordings()) {
                    String selector = rule.record() + (rule.labels().isEmpty() ? ""
                            : "{slo=\"" + rule.labels().get("slo") + "\"}");
                    if (prometheus.query(selector).path("data").path("result").isEmpty()) {
                        empty.add(selector);
                    }
                }
                assertThat(empty).as("recording rules without a series").isEmpty();
            });
    }

    @Test
    void everyAlertExpressionParses() {
        List<String> failures = new ArrayList<>();
        for (Observability.Rule alert : Observability.alerts()) {
            JsonNode answer = prometheus.query(alert.expr());
            if (!"success".equals(answer.path("status").asString())) {
                failures.add(alert.alert() + ": " + answer.path("error").asString());
            }
        }
        assertThat(failures).isEmpty();
        JsonNode firing = prometheus.query("ALERTS{alertname=\"KillSwitchEngaged\", alertstate=\"firing\"}");
        assertThat(firing.path("data").path("result")).as("the sample risk-manager engages its kill switch")
            .isNotEmpty();
    }

    @Test
    void everyDashboardQueryParsesAndReturnsSeries() {
        List<String> failures = new ArrayList<>();
        for (Observability.Query query : Observability.panelQueries()) {
            String expression = Observability.substituteGrafanaVariables(query.expr(), RATE_INTERVAL);
            JsonNode answer = prometheus.query(expression);
            String where = query.dashboard() + " '" + query.panel() + "': " + expression;
            if (!"success".equals(answer.path("status").asString())) {
                failures.add(where + " -> " + answer.path("error").asString());
            }
            else if (answer.path("data").path("result").isEmpty()) {
                failures.add(where + " -> no series");
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void everyTemplateVariableListsValuesOfItsLabel() {
        List<String> failures = new ArrayList<>();
        for (Observability.VariableQuery variable : Observability.variableQueries()) {
            String selector = Observability.substituteGrafanaVariables(variable.selector(), RATE_INTERVAL);
            JsonNode result = prometheus.query(selector).path("data").path("result");
            boolean labelled = StreamSupport.stream(result.spliterator(), false)
                .anyMatch(series -> !series.path("metric").path(variable.label()).asString().isEmpty());
            if (!labelled) {
                failures.add(variable.dashboard() + " $" + variable.variable() + ": " + selector);
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void theStandardSeriesTheChecksAllowAreWhatTheTargetsExpose() {
        List<String> missing = StandardMeters.SERIES.stream()
            .filter(name -> prometheus.query("{__name__=\"" + name + "\"}").path("data").path("result").isEmpty())
            .toList();
        assertThat(missing).isEmpty();
    }

    private boolean allTargetsUp() {
        JsonNode active = prometheus.get("/api/v1/targets?state=active").path("data").path("activeTargets");
        return active.size() == PortTable.MODULES.size() + 1
                && StreamSupport.stream(active.spliterator(), false)
                    .allMatch(target -> "up".equals(target.path("health").asString()));
    }

    private boolean recordedSeriesPresent() {
        return !prometheus.query("service:http_server_requests:rate5m").path("data").path("result").isEmpty()
                && !prometheus.query("slo:sli_error:ratio_rate5m").path("data").path("result").isEmpty()
                && !prometheus.query("ALERTS{alertstate=\"firing\"}").path("data").path("result").isEmpty();
    }

    /**
     * deploy/prometheus/prometheus.yml with 1 s intervals, its rules, and its file_sd target files with
     * the same labels but the stand-ins' addresses; no Alertmanager.
     */
    static Path writeLocalConfiguration(Path dir, SampleTargets targets) {
        return new LocalPrometheusConfiguration(DeployPaths.deploy(), service -> List.of(targets.address(service)),
                Duration.ofSeconds(1), null, Map.of()).writeTo(dir);
    }
}
