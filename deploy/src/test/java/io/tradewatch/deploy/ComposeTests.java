package io.tradewatch.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static io.tradewatch.deploy.Yamls.at;
import static io.tradewatch.deploy.Yamls.list;
import static io.tradewatch.deploy.Yamls.map;
import static io.tradewatch.deploy.Yamls.maps;
import static io.tradewatch.deploy.Yamls.str;
import static io.tradewatch.deploy.Yamls.strings;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * compose.yaml (which cannot run here) against the Compose schema and against the same port table as the
 * services' configuration, the local Prometheus targets and the Kubernetes manifests.
 */
class ComposeTests {

    private static final Pattern GATEWAY_URI = Pattern.compile("\\$\\{(\\w+):http://localhost:(\\d+)}");

    private static final Map<String, String> SECRETS = Map.of("RABBITMQ_PASSWORD", "x", "REDIS_PASSWORD", "x",
            "TRADEWATCH_GATEWAY_BOOTSTRAP_ADMIN_KEY", "x", "GRAFANA_ADMIN_PASSWORD", "x");

    @Test
    void dockerComposeValidatesTheFileAndRefusesToRunWithoutSecrets() {
        Tools.run(DeployPaths.deploy(), Duration.ofMinutes(1), SECRETS,
                List.of("docker-compose", "-f", "compose.yaml", "config", "-q")).assertSuccess();
        Map<String, String> none = SECRETS.keySet().stream().collect(Collectors.toMap(key -> key, key -> ""));
        Tools.Result withoutSecrets = Tools.run(DeployPaths.deploy(), Duration.ofMinutes(1), none,
                List.of("docker-compose", "-f", "compose.yaml", "config", "-q"));
        assertThat(withoutSecrets.exitCode()).isNotZero();
        assertThat(withoutSecrets.output()).contains("in deploy/.env");
    }

    @Test
    void everyServiceRunsOnItsPortTablePortsWithTheSameImageAsKubernetes() {
        Map<String, Object> services = map(Yamls.load(DeployPaths.of("compose.yaml")).get("services"));
        Manifests.Rendered dev = Manifests.render(Manifests.DEV);
        for (PortTable.Service service : PortTable.services()) {
            Map<String, Object> compose = map(services.get(service.module()));
            assertThat(compose).as("compose service " + service.module()).isNotEmpty();
            assertThat(list(compose.get("ports"))).containsExactlyInAnyOrder(
                    service.port() + ":" + service.port(), service.managementPort() + ":" + service.managementPort());
            Map<String, String> environment = strings(compose.get("environment"));
            assertThat(environment).containsEntry("SERVER_PORT", String.valueOf(service.port()))
                .containsEntry("MANAGEMENT_SERVER_PORT", String.valueOf(service.managementPort()));
            assertThat(str(compose.get("build"))).isEqualTo("../" + service.module());
            assertThat(DeployPaths.root().resolve(service.module()).resolve("Dockerfile")).isRegularFile();
            String image = str(at(Manifests.containers(dev.named("Deployment", service.module())).get(0), "image"));
            assertThat(str(compose.get("image"))).isEqualTo(image);
        }
    }

    @Test
    void prometheusTargetsFollowThePortTableLocallyAndInCompose() {
        for (String file : List.of("prometheus/targets/services.yml", "prometheus/compose/targets/services.yml")) {
            List<Map<String, Object>> groups = maps(new org.yaml.snakeyaml.Yaml().load(read(file)));
            Map<String, Object> byService = groups.stream()
                .collect(Collectors.toMap(group -> str(at(group, "labels", "service")), group -> at(group, "targets", 0)));
            assertThat(byService).as(file).hasSize(PortTable.MODULES.size());
            for (PortTable.Service service : PortTable.services()) {
                String host = file.contains("compose") ? service.module() : "127.0.0.1";
                assertThat(byService.get(service.module())).as(file + " " + service.module())
                    .isEqualTo(host + ":" + service.managementPort());
            }
        }
        Map<String, Object> prometheus = map(map(Yamls.load(DeployPaths.of("compose.yaml")).get("services")).get("prometheus"));
        assertThat(list(prometheus.get("volumes"))).contains("./prometheus/compose/targets:/etc/prometheus/targets:ro",
                "./prometheus/rules:/etc/prometheus/rules:ro");
    }

    @Test
    void theGatewayReachesEveryServiceByItsNameInComposeAndKubernetes() {
        Map<String, String> compose = strings(
                at(Yamls.load(DeployPaths.of("compose.yaml")), "services", "api-gateway", "environment"));
        Manifests.Rendered prod = Manifests.render(Manifests.PROD);
        Map<String, String> kubernetes = strings(at(prod.named("ConfigMap", "api-gateway-config"), "data"));
        // The gateway's application.yml names each downstream URI ${VARIABLE:http://localhost:<port-table port>}.
        Map<String, Object> services = map(at(Yamls.load(DeployPaths.root()
            .resolve("api-gateway/src/main/resources/application.yml")), "tradewatch", "gateway", "services"));
        assertThat(services).hasSize(PortTable.MODULES.size() - 1);
        for (Object downstream : services.values()) {
            for (Map.Entry<String, String> uri : strings(downstream).entrySet()) {
                Matcher placeholder = GATEWAY_URI.matcher(uri.getValue());
                assertThat(placeholder.matches()).as("gateway downstream %s", uri.getValue()).isTrue();
                int localPort = Integer.parseInt(placeholder.group(2));
                boolean management = uri.getKey().equals("management-uri");
                PortTable.Service service = PortTable.services().stream()
                    .filter(candidate -> (management ? candidate.managementPort() : candidate.port()) == localPort)
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no service on port " + localPort));
                assertThat(compose).containsEntry(placeholder.group(1), "http://" + service.module() + ":" + localPort);
                assertThat(kubernetes).containsEntry(placeholder.group(1), "http://" + service.module() + ":"
                        + (management ? PortTable.K8S_MANAGEMENT : PortTable.K8S_HTTP));
                assertThat(prod.named("Service", service.module())).isNotNull();
            }
        }
    }

    @Test
    void rabbitmqRunsTheSamePrometheusPluginConfigurationInComposeAndDev() {
        Map<String, Object> rabbitmq = map(map(Yamls.load(DeployPaths.of("compose.yaml")).get("services")).get("rabbitmq"));
        assertThat(list(rabbitmq.get("volumes"))).contains("./rabbitmq/enabled_plugins:/etc/rabbitmq/enabled_plugins:ro",
                "./rabbitmq/rabbitmq.conf:/etc/rabbitmq/conf.d/20-tradewatch.conf:ro");
        assertThat(list(rabbitmq.get("ports"))).contains("15692:15692");
        Map<String, String> dev = strings(at(Manifests.render(Manifests.DEV).named("ConfigMap", "rabbitmq-config"), "data"));
        assertThat(read("rabbitmq/enabled_plugins")).isEqualTo(dev.get("enabled_plugins")).contains("rabbitmq_prometheus");
        assertThat(dev.get("rabbitmq.conf")).contains(read("rabbitmq/rabbitmq.conf").lines()
            .filter(line -> !line.startsWith("#"))
            .findFirst()
            .orElseThrow());
    }

    @Test
    void theReadmePortTableIsTheServicesConfiguration() {
        String readme = read("README.md");
        for (PortTable.Service service : PortTable.services()) {
            assertThat(readme).contains("| " + service.module() + " | " + service.port() + " | "
                    + service.managementPort() + " |");
        }
    }

    private static String read(String file) {
        try {
            return Files.readString(DeployPaths.of(file));
        }
        catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

}
