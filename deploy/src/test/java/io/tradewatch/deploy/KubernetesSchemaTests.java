package io.tradewatch.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rendered manifests against the Kubernetes API schemas (kubernetes-models and its Prometheus Operator
 * models, pinned in deploy/tools/package-lock.json), with unknown fields rejected as a strict API server
 * would. RabbitmqCluster has no published model: KubernetesTopologyTests checks its fields.
 */
class KubernetesSchemaTests {

    private static final String UNVALIDATED = "rabbitmq.com/v1beta1/RabbitmqCluster";

    @Test
    void everyRenderedObjectOfEveryOverlayMatchesItsApiSchemaWithoutUnknownFields() {
        List<Manifests.Rendered> overlays = Stream.of(Manifests.DEV, Manifests.PROD, Manifests.DEV_WITH_OPERATOR)
            .map(Manifests::render)
            .toList();
        Tools.Result result = validate(overlays.stream().map(Manifests.Rendered::file).toArray(Path[]::new));
        assertThat(result.exitCode()).as("schema validation:%n%s", result.output()).isZero();
        long reported = result.output().lines().filter(line -> line.contains("\"kind\":")).count();
        assertThat(reported).as("every rendered object is validated")
            .isEqualTo(overlays.stream().mapToLong(rendered -> rendered.objects().size()).sum());
        assertThat(result.output()).contains("\"kind\": \"Deployment\"", "\"kind\": \"ServiceMonitor\"",
                "\"kind\": \"PrometheusRule\"", "\"kind\": \"NetworkPolicy\"");
    }

    @Test
    void theValidatorRejectsUnknownFieldsWrongTypesAndUnknownKinds(@TempDir Path dir) throws IOException {
        Path manifest = dir.resolve("bad.yaml");
        Files.writeString(manifest, """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: broken}
                spec:
                  replicas: "2"
                  selector: {matchLabels: {app: x}}
                  template:
                    metadata: {labels: {app: x}}
                    spec:
                      containers:
                        - name: x
                          image: x
                          readinesProbe: {httpGet: {path: /, port: 8081}}
                          livenessProbe: {httpGet: {path: /, port: 8081, hots: x}}
                ---
                apiVersion: monitoring.coreos.com/v1
                kind: ServiceMonitor
                metadata: {name: broken}
                spec:
                  selector: {}
                  endpoints: [{port: management, intervall: 15s}]
                ---
                apiVersion: example.com/v1
                kind: Unknown
                metadata: {name: broken}
                """);
        Tools.Result result = validate(manifest);
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.output()).contains("data/spec/replicas must be integer")
            .contains("unknown field: .spec.template.spec.containers[0].readinesProbe")
            .contains("unknown field: .spec.template.spec.containers[0].livenessProbe.httpGet.hots")
            .contains("unknown field: .spec.endpoints[0].intervall")
            .contains("no schema for example.com/v1/Unknown");
    }

    private static Tools.Result validate(Path... manifests) {
        Path tools = Tools.nodeTools();
        List<String> command = new ArrayList<>(List.of("node", tools.resolve("validate-k8s.mjs").toString(),
                "--unvalidated", UNVALIDATED));
        Stream.of(manifests).map(Path::toString).forEach(command::add);
        return Tools.run(tools, Duration.ofMinutes(2), Map.of(), command);
    }
}
