package io.tradewatch.deploy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
 * Nothing of the suite goes unscraped (a prior system silently left two of six services out): every
 * workload is selected by exactly one ServiceMonitor or PodMonitor on a port it has, and carries the
 * prometheus.io annotations that the plain kubernetes_sd configuration follows.
 */
class ScrapeCoverageTests {

    @ParameterizedTest
    @ValueSource(strings = { Manifests.PROD, Manifests.DEV_WITH_OPERATOR })
    void everyWorkloadIsScrapedByExactlyOneMonitorOnAPortItHas(String overlay) {
        Manifests.Rendered rendered = Manifests.render(overlay);
        List<Map<String, Object>> workloads = rendered.workloads()
            .filter(workload -> !"redis".equals(labels(workload).get("app.kubernetes.io/name")))
            .toList();
        assertThat(workloads.stream().map(Manifests::name)).containsAll(PortTable.MODULES);
        for (Map<String, Object> workload : workloads) {
            List<String> scrapedBy = rendered.kind("ServiceMonitor")
                .filter(monitor -> serviceMonitorScrapes(rendered, monitor, workload))
                .map(monitor -> "ServiceMonitor " + name(monitor))
                .collect(java.util.stream.Collectors.toList());
            rendered.kind("PodMonitor")
                .filter(monitor -> podMonitorScrapes(monitor, workload))
                .forEach(monitor -> scrapedBy.add("PodMonitor " + name(monitor)));
            assertThat(scrapedBy).as("monitors scraping %s in %s", name(workload), overlay).hasSize(1);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { Manifests.DEV, Manifests.PROD })
    void everyScrapedWorkloadCarriesThePrometheusAnnotationsOfItsMetricsPort(String overlay) {
        Manifests.Rendered rendered = Manifests.render(overlay);
        rendered.workloads().filter(workload -> !"redis".equals(name(workload))).forEach(workload -> {
            Map<String, String> annotations = strings(at(podTemplate(workload), "metadata", "annotations"));
            String where = overlay + " " + name(workload);
            assertThat(annotations).as(where).containsEntry("prometheus.io/scrape", "true");
            int port = Integer.parseInt(annotations.get("prometheus.io/port"));
            String expectedPort = PortTable.MODULES.contains(name(workload)) ? "management" : "prometheus";
            assertThat(containers(workload).stream().flatMap(container -> maps(container.get("ports")).stream())
                .filter(candidate -> expectedPort.equals(candidate.get("name")))
                .map(candidate -> ((Number) candidate.get("containerPort")).intValue()))
                .as(where + " annotated port").containsExactly(port);
            assertThat(annotations.get("prometheus.io/path"))
                .isEqualTo(PortTable.MODULES.contains(name(workload)) ? "/actuator/prometheus" : "/metrics");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = { Manifests.PROD })
    void theRabbitmqClusterOfProdIsSelectedByThePodMonitor(String overlay) {
        Manifests.Rendered rendered = Manifests.render(overlay);
        Map<String, Object> monitor = rendered.named("PodMonitor", "tradewatch-rabbitmq");
        rendered.kind("RabbitmqCluster").forEach(cluster -> {
            // The operator labels its pods app.kubernetes.io/name=<cluster name> and names the 15692 port 'prometheus'.
            assertThat(Manifests.selects(at(monitor, "spec", "selector"),
                    Map.of("app.kubernetes.io/name", name(cluster)))).isTrue();
            assertThat(list(at(monitor, "spec", "namespaceSelector", "matchNames"))).contains(namespace(cluster));
        });
    }

    private static boolean serviceMonitorScrapes(Manifests.Rendered rendered, Map<String, Object> monitor,
            Map<String, Object> workload) {
        List<Object> namespaces = list(at(monitor, "spec", "namespaceSelector", "matchNames"));
        return rendered.kind("Service")
            .filter(service -> namespaces.isEmpty() ? namespace(service).equals(namespace(monitor))
                    : namespaces.contains(namespace(service)))
            .filter(service -> Manifests.selects(at(monitor, "spec", "selector"), labels(service)))
            .filter(service -> namespace(service).equals(namespace(workload)) && Manifests
                .selectsExactly(strings(at(service, "spec", "selector")), labels(podTemplate(workload))))
            .anyMatch(service -> maps(at(monitor, "spec", "endpoints")).stream().allMatch(endpoint -> {
                String port = str(endpoint.get("port"));
                boolean servicePort = maps(at(service, "spec", "ports")).stream()
                    .anyMatch(candidate -> port.equals(candidate.get("name")));
                assertThat(servicePort).as("ServiceMonitor %s endpoint port %s exists on Service %s", name(monitor),
                        port, name(service)).isTrue();
                return true;
            }));
    }

    private static boolean podMonitorScrapes(Map<String, Object> monitor, Map<String, Object> workload) {
        List<Object> namespaces = list(at(monitor, "spec", "namespaceSelector", "matchNames"));
        boolean inNamespace = namespaces.isEmpty() ? namespace(workload).equals(namespace(monitor))
                : namespaces.contains(namespace(workload));
        if (!inNamespace || !Manifests.selects(at(monitor, "spec", "selector"), labels(podTemplate(workload)))) {
            return false;
        }
        for (Map<String, Object> endpoint : maps(at(monitor, "spec", "podMetricsEndpoints"))) {
            String port = str(endpoint.get("port"));
            assertThat(containers(workload).stream().flatMap(container -> maps(container.get("ports")).stream())
                .anyMatch(candidate -> port.equals(candidate.get("name"))))
                .as("PodMonitor %s port %s exists on %s", name(monitor), port, name(workload))
                .isTrue();
        }
        return true;
    }
}
