package io.tradewatch.deploy;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

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

/** Our own rules for the pods of the rendered dev and prod manifests, beyond what the API schemas say. */
class KubernetesPodRulesTests {

    private static final Set<String> RECOMMENDED_LABELS = Set.of("app.kubernetes.io/name",
            "app.kubernetes.io/instance", "app.kubernetes.io/version", "app.kubernetes.io/component",
            "app.kubernetes.io/part-of", "app.kubernetes.io/managed-by");

    private static final Set<String> SELECTOR_KEYS = Set.of("app.kubernetes.io/name", "app.kubernetes.io/instance");

    @ParameterizedTest
    @ValueSource(strings = { Manifests.DEV, Manifests.PROD })
    void everyPodMeetsTheRestrictedPodSecurityStandard(String overlay) {
        Manifests.Rendered rendered = Manifests.render(overlay);
        assertThat(labels(rendered.named("Namespace", "tradewatch")))
            .containsEntry("pod-security.kubernetes.io/enforce", "restricted");
        rendered.workloads().forEach(workload -> {
            String where = overlay + " " + name(workload);
            Map<String, Object> pod = map(podTemplate(workload).get("spec"));
            assertThat(pod.get("automountServiceAccountToken")).as(where + " mounts no token").isEqualTo(false);
            assertThat(at(pod, "securityContext", "runAsNonRoot")).as(where).isEqualTo(true);
            assertThat(at(pod, "securityContext", "seccompProfile", "type")).as(where).isEqualTo("RuntimeDefault");
            assertThat(pod).as(where).doesNotContainKeys("hostNetwork", "hostPID", "hostIPC");
            assertThat(maps(pod.get("volumes"))).as(where + " has no hostPath")
                .allSatisfy(volume -> assertThat(volume).doesNotContainKey("hostPath"));
            for (Map<String, Object> container : containers(workload)) {
                Map<String, Object> security = map(container.get("securityContext"));
                assertThat(security.get("allowPrivilegeEscalation")).as(where).isEqualTo(false);
                assertThat(security.get("readOnlyRootFilesystem")).as(where).isEqualTo(true);
                assertThat(security.get("privileged")).as(where).isNotEqualTo(true);
                assertThat(list(at(security, "capabilities", "drop"))).as(where).containsExactly("ALL");
                assertThat(at(security, "capabilities", "add")).as(where).isNull();
                assertThat(tmpVolume(pod, container)).as(where + " mounts an emptyDir at /tmp").isEqualTo("emptyDir");
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = { Manifests.DEV, Manifests.PROD })
    void everyContainerHasCpuAndMemoryRequestsWithinItsLimits(String overlay) {
        Manifests.Rendered rendered = Manifests.render(overlay);
        rendered.workloads().flatMap(workload -> containers(workload).stream()).forEach(container -> {
            for (String resource : List.of("cpu", "memory")) {
                String request = str(at(container, "resources", "requests", resource));
                String limit = str(at(container, "resources", "limits", resource));
                assertThat(request).as("%s %s request", container.get("name"), resource).isNotNull();
                assertThat(limit).as("%s %s limit", container.get("name"), resource).isNotNull();
                assertThat(quantity(request)).as("%s %s", container.get("name"), resource)
                    .isLessThanOrEqualTo(quantity(limit));
            }
        });
        assertThat(rendered.matching("RabbitmqCluster", object -> true))
            .allSatisfy(cluster -> assertThat(at(cluster, "spec", "resources", "limits", "memory")).isNotNull());
    }

    @ParameterizedTest
    @ValueSource(strings = { Manifests.DEV, Manifests.PROD })
    void probesUseTheActuatorGroupsOnTheManagementPortTheServicesAreConfiguredWith(String overlay) {
        Manifests.Rendered rendered = Manifests.render(overlay);
        for (PortTable.Service service : PortTable.services()) {
            assertThat(service.applicationName()).as("spring.application.name of " + service.module())
                .isEqualTo(service.module());
            Map<String, Object> deployment = rendered.named("Deployment", service.module());
            Map<String, Object> container = single(containers(deployment));
            assertThat(container.get("name")).isEqualTo(service.module());
            assertThat(containerPort(container, "http")).isEqualTo(PortTable.K8S_HTTP);
            assertThat(containerPort(container, "management")).isEqualTo(PortTable.K8S_MANAGEMENT);
            Map<String, String> environment = environment(rendered, container);
            assertThat(environment).as("the ports the service reads (SERVER_PORT, MANAGEMENT_SERVER_PORT)")
                .containsEntry("SERVER_PORT", String.valueOf(PortTable.K8S_HTTP))
                .containsEntry("MANAGEMENT_SERVER_PORT", String.valueOf(PortTable.K8S_MANAGEMENT));
            assertProbe(container, "startupProbe", "/actuator/health/liveness");
            assertProbe(container, "livenessProbe", "/actuator/health/liveness");
            assertProbe(container, "readinessProbe", "/actuator/health/readiness");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { Manifests.DEV, Manifests.PROD })
    void terminationGraceCoversThePreStopPauseAndSpringsGracefulShutdown(String overlay) {
        Duration shutdownPhase = shutdownPhase();
        Manifests.Rendered rendered = Manifests.render(overlay);
        for (String module : PortTable.MODULES) {
            Map<String, Object> deployment = rendered.named("Deployment", module);
            Map<String, Object> container = single(containers(deployment));
            List<Object> preStop = list(at(container, "lifecycle", "preStop", "exec", "command"));
            assertThat(preStop).as(module + " preStop").hasSize(2).first().isEqualTo("sleep");
            long grace = ((Number) at(podTemplate(deployment), "spec", "terminationGracePeriodSeconds")).longValue();
            long needed = Long.parseLong(str(preStop.get(1))) + shutdownPhase.toSeconds();
            assertThat(grace).as(module + " terminationGracePeriodSeconds").isGreaterThan(needed)
                .isLessThanOrEqualTo(needed + 15);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { Manifests.DEV, Manifests.PROD })
    void suiteObjectsCarryTheSixRecommendedLabelsAndSelectOnNameAndInstanceOnly(String overlay) {
        Manifests.Rendered rendered = Manifests.render(overlay);
        Set<String> partial = Set.of("Namespace", "NetworkPolicy");
        for (Map<String, Object> object : rendered.objects()) {
            String where = object.get("kind") + " " + name(object);
            if (partial.contains(str(object.get("kind")))) {
                assertThat(labels(object)).as(where).containsEntry("app.kubernetes.io/part-of", "tradewatch")
                    .containsEntry("app.kubernetes.io/managed-by", "kustomize");
            }
            else {
                assertThat(labels(object).keySet()).as(where).containsAll(RECOMMENDED_LABELS);
            }
        }
        rendered.workloads().forEach(workload -> {
            assertThat(labels(podTemplate(workload)).keySet()).as(name(workload) + " pods").containsAll(RECOMMENDED_LABELS);
            assertThat(strings(at(workload, "spec", "selector", "matchLabels")).keySet()).as(name(workload))
                .isEqualTo(SELECTOR_KEYS);
            assertThat(at(workload, "spec", "selector", "matchExpressions")).isNull();
        });
        rendered.kind("Service").filter(service -> at(service, "spec", "selector") != null)
            .forEach(service -> assertThat(strings(at(service, "spec", "selector")).keySet()).as(name(service))
                .isEqualTo(SELECTOR_KEYS));
        rendered.kind("PodDisruptionBudget")
            .forEach(pdb -> assertThat(strings(at(pdb, "spec", "selector", "matchLabels")).keySet()).as(name(pdb))
                .isEqualTo(SELECTOR_KEYS));
    }

    private static void assertProbe(Map<String, Object> container, String probe, String path) {
        assertThat(at(container, probe, "httpGet", "path")).as(container.get("name") + " " + probe).isEqualTo(path);
        assertThat(at(container, probe, "httpGet", "port")).as(container.get("name") + " " + probe)
            .isEqualTo("management");
    }

    private static Map<String, String> environment(Manifests.Rendered rendered, Map<String, Object> container) {
        Map<String, String> environment = new java.util.HashMap<>();
        for (Map<String, Object> source : maps(container.get("envFrom"))) {
            String configMap = str(at(source, "configMapRef", "name"));
            environment.putAll(strings(at(rendered.named("ConfigMap", configMap), "data")));
        }
        maps(container.get("env")).stream()
            .filter(env -> env.containsKey("value"))
            .forEach(env -> environment.put(str(env.get("name")), str(env.get("value"))));
        return environment;
    }

    private static Integer containerPort(Map<String, Object> container, String name) {
        return maps(container.get("ports")).stream()
            .filter(port -> name.equals(port.get("name")))
            .map(port -> ((Number) port.get("containerPort")).intValue())
            .findFirst()
            .orElse(null);
    }

    private static String tmpVolume(Map<String, Object> pod, Map<String, Object> container) {
        String volume = maps(container.get("volumeMounts")).stream()
            .filter(mount -> "/tmp".equals(mount.get("mountPath")))
            .map(mount -> str(mount.get("name")))
            .findFirst()
            .orElse(null);
        return maps(pod.get("volumes")).stream()
            .filter(candidate -> candidate.get("name").equals(volume))
            .map(candidate -> candidate.containsKey("emptyDir") ? "emptyDir" : "other")
            .findFirst()
            .orElse(null);
    }

    private static <T> T single(List<T> items) {
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    /** Kubernetes quantities in base units (cores, bytes). */
    static double quantity(String value) {
        String[][] suffixes = { { "Ki", "1024" }, { "Mi", "1048576" }, { "Gi", "1073741824" }, { "m", "0.001" },
                { "k", "1000" }, { "M", "1000000" }, { "G", "1000000000" } };
        for (String[] suffix : suffixes) {
            if (value.endsWith(suffix[0])) {
                return Double.parseDouble(value.substring(0, value.length() - suffix[0].length()))
                        * Double.parseDouble(suffix[1]);
            }
        }
        return Double.parseDouble(value);
    }

    /** spring.lifecycle.timeout-per-shutdown-phase from the starter's defaults, which every service uses. */
    private static Duration shutdownPhase() {
        Path defaults = DeployPaths.root().resolve("shared-metrics/src/main/resources/tradewatch-defaults.properties");
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(Files.readString(defaults)));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        String value = properties.getProperty("spring.lifecycle.timeout-per-shutdown-phase");
        assertThat(value).as("the starter's graceful shutdown timeout").matches("\\d+s");
        return Duration.ofSeconds(Long.parseLong(value.substring(0, value.length() - 1)));
    }
}
