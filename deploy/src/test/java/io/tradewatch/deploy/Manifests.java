package io.tradewatch.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static io.tradewatch.deploy.Yamls.at;
import static io.tradewatch.deploy.Yamls.map;
import static io.tradewatch.deploy.Yamls.str;
import static io.tradewatch.deploy.Yamls.strings;

/**
 * The Kubernetes objects a kustomization renders ({@code kubectl kustomize}, offline), cached per test run.
 * {@code DEV_WITH_OPERATOR} is the dev overlay with the Prometheus Operator component added, as the dev
 * overlay's comment tells operators to do.
 */
final class Manifests {

    static final String DEV = "k8s/overlays/dev";

    static final String PROD = "k8s/overlays/prod";

    static final String DEV_WITH_OPERATOR = "target/kustomize/dev-with-operator";

    private static final Map<String, Rendered> CACHE = new ConcurrentHashMap<>();

    private Manifests() {
    }

    static Rendered render(String kustomization) {
        return CACHE.computeIfAbsent(kustomization, Manifests::build);
    }

    private static Rendered build(String kustomization) {
        Path deploy = DeployPaths.deploy();
        if (kustomization.equals(DEV_WITH_OPERATOR)) {
            writeDevWithOperator(deploy.resolve(DEV_WITH_OPERATOR));
        }
        Tools.Result result = Tools.run(deploy, List.of("kubectl", "kustomize", kustomization)).assertSuccess();
        try {
            Path file = Files.createDirectories(deploy.resolve("target/kustomize"))
                .resolve(kustomization.replace('/', '_') + ".yaml");
            Files.writeString(file, result.output());
            return new Rendered(kustomization, file, Yamls.loadAll(result.output()));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static void writeDevWithOperator(Path dir) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("kustomization.yaml"), """
                    apiVersion: kustomize.config.k8s.io/v1beta1
                    kind: Kustomization
                    resources:
                      - ../../../k8s/overlays/dev
                    components:
                      - ../../../k8s/components/prometheus-operator
                    """);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The objects of one rendered kustomization, and the file they were written to. */
    record Rendered(String name, Path file, List<Map<String, Object>> objects) {

        Stream<Map<String, Object>> kind(String kind) {
            return objects.stream().filter(object -> kind.equals(object.get("kind")));
        }

        Map<String, Object> named(String kind, String name) {
            return kind(kind).filter(object -> name.equals(Manifests.name(object)))
                .findFirst()
                .orElseThrow(() -> new AssertionError(this.name + " renders no " + kind + " " + name));
        }

        /** Deployments and StatefulSets: everything that owns a pod template. */
        Stream<Map<String, Object>> workloads() {
            return objects.stream().filter(object -> podTemplate(object) != null);
        }

        Stream<Map<String, Object>> matching(String kind, Predicate<Map<String, Object>> filter) {
            return kind(kind).filter(filter);
        }
    }

    static String name(Map<String, Object> object) {
        return str(at(object, "metadata", "name"));
    }

    static String namespace(Map<String, Object> object) {
        return str(at(object, "metadata", "namespace"));
    }

    static Map<String, String> labels(Map<String, Object> object) {
        return strings(at(object, "metadata", "labels"));
    }

    /** The pod template of a Deployment or StatefulSet, or null. */
    static Map<String, Object> podTemplate(Map<String, Object> object) {
        String kind = str(object.get("kind"));
        if (!Objects.equals(kind, "Deployment") && !Objects.equals(kind, "StatefulSet")) {
            return null;
        }
        return map(at(object, "spec", "template"));
    }

    static List<Map<String, Object>> containers(Map<String, Object> workload) {
        return Yamls.maps(at(podTemplate(workload), "spec", "containers"));
    }

    /** Whether a label selector ({@code matchLabels} and {@code matchExpressions}) selects these labels. */
    static boolean selects(Object selector, Map<String, String> labels) {
        Map<String, Object> spec = map(selector);
        if (spec.isEmpty()) {
            return false;
        }
        boolean matchLabels = strings(spec.get("matchLabels")).entrySet()
            .stream()
            .allMatch(entry -> entry.getValue().equals(labels.get(entry.getKey())));
        boolean matchExpressions = Yamls.maps(spec.get("matchExpressions")).stream().allMatch(expression -> {
            String key = str(expression.get("key"));
            List<String> values = Yamls.list(expression.get("values")).stream().map(Yamls::str).toList();
            return switch (str(expression.get("operator"))) {
                case "In" -> values.contains(labels.get(key));
                case "NotIn" -> !values.contains(labels.get(key));
                case "Exists" -> labels.containsKey(key);
                case "DoesNotExist" -> !labels.containsKey(key);
                default -> throw new IllegalArgumentException("unknown operator in " + expression);
            };
        });
        return matchLabels && matchExpressions;
    }

    /** Whether a plain map selector (a Service's spec.selector) selects these labels. */
    static boolean selectsExactly(Map<String, String> selector, Map<String, String> labels) {
        return !selector.isEmpty()
                && selector.entrySet().stream().allMatch(entry -> entry.getValue().equals(labels.get(entry.getKey())));
    }
}
