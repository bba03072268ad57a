package io.tradewatch.deploy;

import java.io.IOException;
import java.nio.file.Files;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

import static io.tradewatch.deploy.Manifests.containers;
import static io.tradewatch.deploy.Manifests.labels;
import static io.tradewatch.deploy.Manifests.name;
import static io.tradewatch.deploy.Manifests.namespace;
import static io.tradewatch.deploy.Manifests.podTemplate;
import static io.tradewatch.deploy.Yamls.at;
import static io.tradewatch.deploy.Yamls.list;
import static io.tradewatch.deploy.Yamls.maps;
import static io.tradewatch.deploy.Yamls.str;
import static io.tradewatch.deploy.Yamls.strings;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plain-Prometheus Kubernetes configuration (deploy/prometheus/kubernetes/prometheus.yml) relabels
 * the pods of the dev overlay as intended. Debian's Prometheus is built without Kubernetes discovery, so
 * the test hands the real server the same targets and __meta_kubernetes_* labels that kubernetes_sd gives
 * for those pods (one target per container port), through file_sd, and reads the relabeled targets back.
 */
class KubernetesDiscoveryTests {

    private static final Path CONFIG = DeployPaths.of("prometheus/kubernetes/prometheus.yml");

    @Test
    void discoversThePodsOfBothNamespacesByRole() {
        List<Map<String, Object>> jobs = maps(Yamls.load(CONFIG).get("scrape_configs"));
        assertThat(jobs).hasSize(1);
        Map<String, Object> sd = single(maps(jobs.get(0).get("kubernetes_sd_configs")));
        assertThat(sd.get("role")).isEqualTo("pod");
        assertThat(list(at(sd, "namespaces", "names"))).containsExactlyInAnyOrder("tradewatch", "tradewatch-data");
    }

    @Test
    void annotatedPodsBecomeOneTargetEachWithServicePodAndNamespaceLabels(@TempDir Path work) throws IOException {
        List<Pod> pods = pods();
        Path config = writeFileSdVariant(work, pods);
        Tools.run(work, List.of("promtool", "check", "config", config.toString())).assertSuccess();
        try (PrometheusServer prometheus = PrometheusServer.start(config, work)) {
            Awaitility.await("targets discovered").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> prometheus.get("/api/v1/targets").path("data").path("activeTargets").size() > 0);
            JsonNode targets = prometheus.get("/api/v1/targets").path("data");
            Map<String, JsonNode> active = new LinkedHashMap<>();
            targets.path("activeTargets").forEach(target -> active.merge(target.path("labels").path("pod").asString(),
                    target, (first, second) -> {
                        throw new AssertionError("two targets for pod " + first.path("labels"));
                    }));
            for (Pod pod : pods) {
                if (!"true".equals(pod.annotations().get("prometheus.io/scrape"))) {
                    assertThat(active).as("%s has no scrape annotation", pod.name()).doesNotContainKey(pod.name());
                    continue;
                }
                JsonNode target = active.get(pod.name());
                assertThat(target).as("target of " + pod.name()).isNotNull();
                JsonNode labels = target.path("labels");
                assertThat(labels.path("namespace").asString()).isEqualTo(pod.namespace());
                assertThat(labels.path("service").asString()).isEqualTo(pod.service());
                assertThat(labels.path("job").asString()).isEqualTo("kubernetes-pods");
                assertThat(target.path("scrapeUrl").asString()).isEqualTo("http://" + pod.ip() + ":"
                        + pod.annotations().get("prometheus.io/port")
                        + pod.annotations().getOrDefault("prometheus.io/path", "/metrics"));
            }
            assertThat(active.keySet()).as("scraped pods").hasSize(
                    (int) pods.stream().filter(pod -> pod.annotations().containsKey("prometheus.io/scrape")).count());
            assertThat(StreamSupport.stream(targets.path("droppedTargets").spliterator(), false)
                .map(target -> target.path("discoveredLabels").path("__meta_kubernetes_pod_name").asString()))
                .contains("redis-0");
        }
    }

    /** The dev overlay's pods, plus a pod as the RabbitMQ Cluster Operator creates it for prod. */
    private static List<Pod> pods() {
        List<Pod> pods = new ArrayList<>();
        int ip = 10;
        for (Map<String, Object> workload : Manifests.render(Manifests.DEV).workloads().toList()) {
            String suffix = "StatefulSet".equals(workload.get("kind")) ? "-0" : "-5d8f7c9b4-x2x7q";
            pods.add(new Pod(name(workload) + suffix, namespace(workload), "127.0.0." + ip++,
                    labels(podTemplate(workload)), strings(at(podTemplate(workload), "metadata", "annotations")),
                    containers(workload), labels(podTemplate(workload)).get("app.kubernetes.io/name")));
        }
        pods.add(new Pod("tradewatch-rabbitmq-server-0", "tradewatch-data", "127.0.0.99",
                Map.of("app.kubernetes.io/name", "tradewatch-rabbitmq", "app.kubernetes.io/component", "rabbitmq"),
                Map.of("prometheus.io/scrape", "true", "prometheus.io/port", "15692"),
                List.of(Map.of("name", "rabbitmq", "ports", List.of(Map.of("name", "amqp", "containerPort", 5672),
                        Map.of("name", "prometheus", "containerPort", 15692)))), "rabbitmq"));
        return pods;
    }

    /**
     * The Kubernetes configuration with kubernetes_sd replaced by file_sd of the pods' targets (loopback
     * addresses), a thousand hours between scrapes (the test reads targets and scrapes nothing) and no rule
     * files or Alertmanager.
     */
    private static Path writeFileSdVariant(Path dir, List<Pod> pods) throws IOException {
        Map<String, Object> config = new LinkedHashMap<>(Yamls.load(CONFIG));
        config.remove("rule_files");
        config.remove("alerting");
        config.put("global", Map.of("scrape_interval", "1000h", "scrape_timeout", "10s", "evaluation_interval", "1h"));
        List<Map<String, Object>> jobs = new ArrayList<>();
        for (Map<String, Object> job : maps(config.get("scrape_configs"))) {
            Map<String, Object> copy = new LinkedHashMap<>(job);
            copy.remove("kubernetes_sd_configs");
            copy.put("file_sd_configs", List.of(Map.of("files", List.of("pods.yml"))));
            jobs.add(copy);
        }
        config.put("scrape_configs", jobs);
        List<Map<String, Object>> groups = new ArrayList<>();
        for (Pod pod : pods) {
            for (Map<String, Object> container : pod.containers()) {
                for (Map<String, Object> port : maps(container.get("ports"))) {
                    groups.add(Map.of("targets", List.of(pod.ip() + ":" + port.get("containerPort")), "labels",
                            metaLabels(pod, container, port)));
                }
            }
        }
        Files.writeString(dir.resolve("pods.yml"), LocalPrometheusConfiguration.dump(groups));
        Path written = dir.resolve("prometheus.yml");
        Files.writeString(written, LocalPrometheusConfiguration.dump(config));
        return written;
    }

    /** The labels Prometheus' Kubernetes discovery (role: pod) sets for one container port. */
    private static Map<String, String> metaLabels(Pod pod, Map<String, Object> container, Map<String, Object> port) {
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("__meta_kubernetes_namespace", pod.namespace());
        meta.put("__meta_kubernetes_pod_name", pod.name());
        meta.put("__meta_kubernetes_pod_ip", pod.ip());
        meta.put("__meta_kubernetes_pod_phase", "Running");
        meta.put("__meta_kubernetes_pod_ready", "true");
        pod.labels().forEach((key, value) -> {
            meta.put("__meta_kubernetes_pod_label_" + sanitize(key), value);
            meta.put("__meta_kubernetes_pod_labelpresent_" + sanitize(key), "true");
        });
        pod.annotations().forEach((key, value) -> {
            meta.put("__meta_kubernetes_pod_annotation_" + sanitize(key), value);
            meta.put("__meta_kubernetes_pod_annotationpresent_" + sanitize(key), "true");
        });
        meta.put("__meta_kubernetes_pod_container_name", str(container.get("name")));
        meta.put("__meta_kubernetes_pod_container_port_name", str(port.get("name")));
        meta.put("__meta_kubernetes_pod_container_port_number", str(port.get("containerPort")));
        meta.put("__meta_kubernetes_pod_container_port_protocol", "TCP");
        return meta;
    }

    private static String sanitize(String name) {
        return name.replaceAll("[^a-zA-Z0-9_]", "_");
    }

    private static <T> T single(List<T> items) {
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    private record Pod(String name, String namespace, String ip, Map<String, String> labels,
            Map<String, String> annotations, List<Map<String, Object>> containers, String service) {
    }
}
