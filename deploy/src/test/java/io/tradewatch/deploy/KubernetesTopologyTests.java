package io.tradewatch.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.tradewatch.deploy.Manifests.containers;
import static io.tradewatch.deploy.Manifests.labels;
import static io.tradewatch.deploy.Manifests.name;
import static io.tradewatch.deploy.Manifests.podTemplate;
import static io.tradewatch.deploy.Yamls.at;
import static io.tradewatch.deploy.Yamls.list;
import static io.tradewatch.deploy.Yamls.map;
import static io.tradewatch.deploy.Yamls.maps;
import static io.tradewatch.deploy.Yamls.str;
import static io.tradewatch.deploy.Yamls.strings;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the rendered objects fit together: Services, budgets, autoscalers, the dev and prod shapes, Secrets,
 * NetworkPolicies and the Ingress.
 */
class KubernetesTopologyTests {

    /** The Secrets the manifests reference; deploy/scripts/create-secrets.sh creates them, README documents them. */
    private static final Set<String> SECRETS = Set.of("tradewatch-rabbitmq", "tradewatch-redis", "tradewatch-gateway",
            "tradewatch-alert-system");

    @ParameterizedTest
    @ValueSource(strings = { Manifests.DEV, Manifests.PROD })
    void everyServiceSelectsAWorkloadWhoseContainersHaveItsTargetPorts(String overlay) {
        Manifests.Rendered rendered = Manifests.render(overlay);
        List<Map<String, Object>> services = rendered.kind("Service")
            .filter(service -> !"ExternalName".equals(at(service, "spec", "type")))
            .toList();
        assertThat(services).hasSizeGreaterThanOrEqualTo(PortTable.MODULES.size());
        for (Map<String, Object> service : services) {
            List<Map<String, Object>> selected = rendered.workloads()
                .filter(workload -> Manifests.selectsExactly(strings(at(service, "spec", "selector")),
                        labels(podTemplate(workload))))
                .toList();
            assertThat(selected).as("workloads selected by Service " + name(service)).hasSize(1);
            for (Map<String, Object> port : maps(at(service, "spec", "ports"))) {
                Object target = port.getOrDefault("targetPort", port.get("port"));
                assertThat(containers(selected.get(0)).stream().anyMatch(container -> hasPort(container, target)))
                    .as("Service %s port %s targets a container port", name(service), port.get("name"))
                    .isTrue();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { Manifests.DEV, Manifests.PROD })
    void everyDeploymentHasOnePodDisruptionBudget(String overlay) {
        Manifests.Rendered rendered = Manifests.render(overlay);
        rendered.kind("Deployment").forEach(deployment -> {
            List<Map<String, Object>> budgets = rendered.kind("PodDisruptionBudget")
                .filter(pdb -> Manifests.selects(at(pdb, "spec", "selector"), labels(podTemplate(deployment))))
                .toList();
            assertThat(budgets).as("PodDisruptionBudgets of " + name(deployment)).hasSize(1);
            assertThat(at(budgets.get(0), "spec", "maxUnavailable")).as("one pod at a time").isEqualTo(1);
        });
    }

    @Test
    void devRunsOneReplicaOfEachServiceAndStatefulBrokersWithPersistentVolumes() {
        Manifests.Rendered dev = Manifests.render(Manifests.DEV);
        assertThat(dev.kind("Deployment").map(Manifests::name)).containsExactlyInAnyOrderElementsOf(PortTable.MODULES);
        dev.kind("Deployment").forEach(deployment -> assertThat(at(deployment, "spec", "replicas")).isEqualTo(1));
        assertThat(dev.kind("HorizontalPodAutoscaler")).isEmpty();
        Map<String, Object> redis = dev.named("StatefulSet", "redis");
        Map<String, Object> rabbitmq = dev.named("StatefulSet", "rabbitmq");
        for (Map<String, Object> broker : List.of(redis, rabbitmq)) {
            assertThat(maps(at(broker, "spec", "volumeClaimTemplates"))).as(name(broker) + " volume").hasSize(1);
            assertThat(at(broker, "spec", "replicas")).isEqualTo(1);
        }
        assertThat(String.join(" ", list(at(containers(redis).get(0), "args")).stream().map(Yamls::str).toList()))
            .contains("--appendonly yes", "--appendfsync everysec");
        Map<String, String> rabbitConfig = strings(at(dev.named("ConfigMap", "rabbitmq-config"), "data"));
        assertThat(rabbitConfig.get("enabled_plugins")).contains("rabbitmq_prometheus");
        assertThat(rabbitConfig.get("rabbitmq.conf")).contains("prometheus.return_per_object_metrics = true");
        Map<String, String> platform = strings(at(dev.named("ConfigMap", "tradewatch-platform"), "data"));
        assertThat(dev.named("Service", platform.get("SPRING_RABBITMQ_HOST"))).isNotNull();
        assertThat(dev.named("Service", platform.get("SPRING_DATA_REDIS_HOST"))).isNotNull();
    }

    @Test
    void prodRunsAtLeastTwoReplicasOfEachServiceAndExternalBrokers() {
        Manifests.Rendered prod = Manifests.render(Manifests.PROD);
        assertThat(prod.kind("StatefulSet")).as("no brokers inside the application namespace").isEmpty();
        for (String module : PortTable.MODULES) {
            Map<String, Object> hpa = prod.named("HorizontalPodAutoscaler", module);
            assertThat(at(hpa, "spec", "scaleTargetRef", "kind")).isEqualTo("Deployment");
            assertThat(prod.named("Deployment", str(at(hpa, "spec", "scaleTargetRef", "name")))).isNotNull();
            int min = ((Number) at(hpa, "spec", "minReplicas")).intValue();
            assertThat(min).as(module + " minReplicas").isGreaterThanOrEqualTo(2);
            assertThat(((Number) at(hpa, "spec", "maxReplicas")).intValue()).isGreaterThan(min);
            assertThat(at(prod.named("Deployment", module), "spec", "replicas"))
                .as("the autoscaler owns the replica count").isNull();
        }
        Map<String, Object> cluster = prod.named("RabbitmqCluster", "tradewatch-rabbitmq");
        assertThat(map(cluster.get("spec")).keySet()).as("RabbitmqCluster v1beta1 fields in use")
            .isSubsetOf("replicas", "image", "persistence", "resources", "rabbitmq", "service", "affinity",
                    "tolerations", "override", "tls", "terminationGracePeriodSeconds");
        assertThat(map(at(cluster, "spec", "rabbitmq")).keySet())
            .isSubsetOf("additionalPlugins", "additionalConfig", "advancedConfig", "envConfig");
        assertThat(((Number) at(cluster, "spec", "replicas")).intValue()).isGreaterThanOrEqualTo(3);
        assertThat(list(at(cluster, "spec", "rabbitmq", "additionalPlugins"))).contains("rabbitmq_prometheus");
        assertThat(str(at(cluster, "spec", "rabbitmq", "additionalConfig")))
            .contains("prometheus.return_per_object_metrics = true");
        Map<String, String> platform = strings(at(prod.named("ConfigMap", "tradewatch-platform"), "data"));
        assertThat(platform.get("SPRING_RABBITMQ_HOST"))
            .isEqualTo(name(cluster) + "." + Manifests.namespace(cluster) + ".svc");
        assertThat(at(prod.named("Service", platform.get("SPRING_DATA_REDIS_HOST")), "spec", "type"))
            .isEqualTo("ExternalName");
    }

    @ParameterizedTest
    @ValueSource(strings = { Manifests.DEV, Manifests.PROD })
    void secretsAreReferencedByNameAndNeverCommitted(String overlay) throws IOException {
        Manifests.Rendered rendered = Manifests.render(overlay);
        assertThat(rendered.kind("Secret")).isEmpty();
        List<String> referenced = rendered.workloads()
            .flatMap(workload -> containers(workload).stream())
            .flatMap(container -> maps(container.get("env")).stream())
            .map(env -> str(at(env, "valueFrom", "secretKeyRef", "name")))
            .filter(secret -> secret != null)
            .distinct()
            .toList();
        assertThat(referenced).isNotEmpty().allSatisfy(secret -> assertThat(SECRETS).contains(secret));
        String readme = Files.readString(DeployPaths.of("README.md"));
        String script = Files.readString(DeployPaths.of("scripts/create-secrets.sh"));
        assertThat(SECRETS).allSatisfy(secret -> {
            assertThat(readme).contains(secret);
            assertThat(script).contains(secret);
        });
        try (Stream<Path> files = Files.walk(DeployPaths.of("k8s"))) {
            assertThat(files.filter(Files::isRegularFile).map(KubernetesTopologyTests::read))
                .noneMatch(text -> text.contains("kind: Secret"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { Manifests.DEV, Manifests.PROD })
    void onlyTheGatewayAcceptsTrafficFromOutsideAndManagementPortsOnlyMonitoringAndTheGateway(String overlay) {
        Manifests.Rendered rendered = Manifests.render(overlay);
        NetworkPolicies policies = new NetworkPolicies(rendered.kind("NetworkPolicy").toList());
        assertThat(policies.hasDefaultDeny()).as("a default-deny ingress policy").isTrue();
        for (String module : PortTable.MODULES) {
            Map<String, Object> pod = podTemplate(rendered.named("Deployment", module));
            List<NetworkPolicies.Source> http = policies.sources(labels(pod), "http", PortTable.K8S_HTTP);
            List<NetworkPolicies.Source> management = policies.sources(labels(pod), "management",
                    PortTable.K8S_MANAGEMENT);
            if (module.equals("api-gateway")) {
                assertThat(management).as(module + " management port").containsExactly(NetworkPolicies.Source.MONITORING);
            }
            else {
                assertThat(management).as(module + " management port (the gateway's /api/status asks readiness)")
                    .containsExactlyInAnyOrder(NetworkPolicies.Source.MONITORING, NetworkPolicies.Source.GATEWAY);
            }
            switch (module) {
                case "api-gateway" -> assertThat(http).contains(NetworkPolicies.Source.ANYWHERE);
                case "alert-system" -> assertThat(http).as(module + " http")
                    .containsExactlyInAnyOrder(NetworkPolicies.Source.GATEWAY, NetworkPolicies.Source.ALERTMANAGER);
                default -> assertThat(http).as(module + " http").containsExactly(NetworkPolicies.Source.GATEWAY);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { Manifests.DEV, Manifests.PROD })
    void theIngressRoutesOnlyToTheGatewaysHttpPort(String overlay) {
        Manifests.Rendered rendered = Manifests.render(overlay);
        List<Map<String, Object>> backends = rendered.kind("Ingress")
            .flatMap(ingress -> maps(at(ingress, "spec", "rules")).stream())
            .flatMap(rule -> maps(at(rule, "http", "paths")).stream())
            .map(path -> map(at(path, "backend", "service")))
            .toList();
        assertThat(backends).isNotEmpty().allSatisfy(backend -> {
            assertThat(backend.get("name")).isEqualTo("api-gateway");
            assertThat(at(backend, "port", "name")).isEqualTo("http");
        });
    }

    private static boolean hasPort(Map<String, Object> container, Object target) {
        return maps(container.get("ports")).stream()
            .anyMatch(port -> target.equals(port.get("name")) || target.equals(port.get("containerPort")));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
