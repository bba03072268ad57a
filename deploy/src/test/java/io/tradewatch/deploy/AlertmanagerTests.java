package io.tradewatch.deploy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.tradewatch.testsupport.observability.PrometheusServer;

import com.sun.net.httpserver.HttpServer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

import static io.tradewatch.deploy.Yamls.at;
import static io.tradewatch.deploy.Yamls.maps;
import static io.tradewatch.deploy.Yamls.str;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Alertmanager configurations: amtool accepts them, they route everything to alert-system's receiver
 * at the address each environment has, and a real Alertmanager groups, delivers and inhibits as intended.
 */
class AlertmanagerTests {

    private static final String RECEIVER_PATH = "/api/alerts/alertmanager";

    private static final Map<String, String> CONFIGS = Map.of(
            "alertmanager.yml", "http://alert-system.tradewatch.svc:" + PortTable.K8S_HTTP + RECEIVER_PATH,
            "alertmanager-local.yml", "http://127.0.0.1:" + PortTable.service("alert-system").port() + RECEIVER_PATH,
            "alertmanager-compose.yml", "http://alert-system:" + PortTable.service("alert-system").port() + RECEIVER_PATH);

    @Test
    void amtoolAcceptsEveryConfigurationAndRoutesEveryAlertToAlertSystem() {
        for (String config : CONFIGS.keySet()) {
            Path file = DeployPaths.of("alertmanager/" + config);
            Tools.run(file.getParent(), List.of("amtool", "check-config", file.toString())).assertSuccess();
            // Routes match on severity only: one probe per severity the rules use.
            for (String severity : Observability.alerts().stream().map(alert -> alert.labels().get("severity"))
                .distinct()
                .toList()) {
                Tools.Result route = Tools.run(file.getParent(), List.of("amtool", "config", "routes", "test",
                        "--config.file=" + file, "alertname=Any", "severity=" + severity))
                    .assertSuccess();
                assertThat(route.output().lines().filter(line -> !line.startsWith("Warning")).toList())
                    .as("receiver of %s alerts in %s", severity, config).containsExactly("alert-system");
            }
        }
    }

    @Test
    void theConfigurationsDifferOnlyInTheReceiverAddressOfTheirEnvironment() throws IOException {
        Map<String, Object> reference = null;
        for (Map.Entry<String, String> config : CONFIGS.entrySet()) {
            Map<String, Object> yaml = Yamls.load(DeployPaths.of("alertmanager/" + config.getKey()));
            List<Map<String, Object>> webhooks = maps(at(yaml, "receivers", 0, "webhook_configs"));
            assertThat(webhooks).hasSize(1);
            assertThat(str(webhooks.get(0).get("url"))).as(config.getKey()).isEqualTo(config.getValue());
            assertThat(webhooks.get(0).get("send_resolved")).isEqualTo(true);
            String normalized = Files.readString(DeployPaths.of("alertmanager/" + config.getKey()))
                .replace(config.getValue(), "RECEIVER")
                .replaceAll("(?m)^#.*\\n", "");
            Map<String, Object> parsed = Yamls.loadAll(normalized).get(0);
            if (reference == null) {
                reference = parsed;
            }
            assertThat(parsed).as(config.getKey()).isEqualTo(reference);
        }
        assertThat(Manifests.render(Manifests.DEV).named("Service", "alert-system")).isNotNull();
    }

    @Test
    void aRealAlertmanagerDeliversToTheReceiverAndInhibitsConsequences(@TempDir Path work) throws Exception {
        Map<String, String> received = new ConcurrentHashMap<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext(RECEIVER_PATH, exchange -> {
            JsonNode payload = Observability.JSON.readTree(exchange.getRequestBody().readAllBytes());
            payload.path("alerts").forEach(alert -> received.put(alert.path("labels").path("alertname").asString()
                    + "/" + alert.path("labels").path("severity").asString(), payload.path("version").asString()));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
        String config = Files.readString(DeployPaths.of("alertmanager/alertmanager-local.yml"))
            .replace(CONFIGS.get("alertmanager-local.yml"),
                    "http://127.0.0.1:" + receiver.getAddress().getPort() + RECEIVER_PATH)
            .replaceAll("group_wait: \\w+", "group_wait: 1s")
            .replaceAll("group_interval: \\w+", "group_interval: 1s");
        Files.writeString(work.resolve("alertmanager.yml"), config);
        int port = PrometheusServer.freePort();
        Process alertmanager = new ProcessBuilder(Tools.require("prometheus-alertmanager").toString(),
                "--config.file=" + work.resolve("alertmanager.yml"), "--storage.path=" + work.resolve("data"),
                "--web.listen-address=127.0.0.1:" + port, "--cluster.listen-address=", "--log.level=warn")
            .redirectErrorStream(true)
            .redirectOutput(work.resolve("alertmanager.log").toFile())
            .start();
        try {
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + port;
            Awaitility.await("Alertmanager ready").atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .until(() -> http.send(HttpRequest.newBuilder(URI.create(base + "/-/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
            String alerts = """
                    [{"labels": {"alertname": "ServiceDown", "service": "market-data-service", "severity": "critical"}},
                     {"labels": {"alertname": "FeedStale", "service": "market-data-service", "severity": "critical"}},
                     {"labels": {"alertname": "KillSwitchEngaged", "service": "risk-manager", "severity": "critical"}},
                     {"labels": {"alertname": "HighOrderRejectRate", "service": "order-executor", "severity": "warning"}},
                     {"labels": {"alertname": "OrderSuccessBudgetBurn", "service": "order-executor", "slo": "order-success", "severity": "critical"}},
                     {"labels": {"alertname": "OrderSuccessBudgetBurn", "service": "order-executor", "slo": "order-success", "severity": "warning"}},
                     {"labels": {"alertname": "HighErrorRate", "service": "order-executor", "severity": "critical"}}]
                    """;
            HttpResponse<String> posted = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v2/alerts"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(alerts, StandardCharsets.UTF_8))
                .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
            Set<String> delivered = Set.of("ServiceDown/critical", "KillSwitchEngaged/critical",
                    "OrderSuccessBudgetBurn/critical", "HighErrorRate/critical");
            Awaitility.await("notifications at alert-system's receiver").atMost(Duration.ofSeconds(30))
                .until(() -> received.keySet().containsAll(delivered));
            JsonNode state = Observability.JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(base
                    + "/api/v2/alerts")).build(), HttpResponse.BodyHandlers.ofString()).body());
            Set<String> inhibited = new java.util.TreeSet<>();
            state.forEach(alert -> {
                if (!alert.path("status").path("inhibitedBy").isEmpty()) {
                    inhibited.add(alert.path("labels").path("alertname").asString() + "/"
                            + alert.path("labels").path("severity").asString());
                }
            });
            assertThat(inhibited).containsExactlyInAnyOrder("FeedStale/critical", "HighOrderRejectRate/warning",
                    "OrderSuccessBudgetBurn/warning");
            assertThat(received.keySet()).containsExactlyInAnyOrderElementsOf(delivered);
            assertThat(received.values()).as("webhook payload version").containsOnly("4");
        }
        finally {
            alertmanager.destroy();
            if (!alertmanager.waitFor(15, TimeUnit.SECONDS)) {
                alertmanager.destroyForcibly();
            }
            receiver.stop(0);
        }
    }
}
