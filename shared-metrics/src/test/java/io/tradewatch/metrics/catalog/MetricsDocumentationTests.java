package io.tradewatch.metrics.catalog;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps {@code docs/metrics.md} and the catalog identical: the table between the catalog markers is the
 * catalog rendered. After changing the catalog, regenerate it with
 * {@code mvn -pl shared-metrics test -Dtest=MetricsDocumentationTests -Dtradewatch.docs.update=true}.
 */
class MetricsDocumentationTests {

    private static final String START = "<!-- catalog:start (generated from MetricCatalog; do not edit by hand) -->";

    private static final String END = "<!-- catalog:end -->";

    private static final Path DOC = Path.of("..", "docs", "metrics.md");

    @Test
    void docsMetricsMdListsExactlyTheCatalog() throws IOException {
        String doc = Files.readString(DOC);
        int start = doc.indexOf(START);
        int end = doc.indexOf(END);
        assertThat(start).as("docs/metrics.md has the catalog markers").isNotNegative();
        assertThat(end).isGreaterThan(start);
        String rendered = render();
        String documented = doc.substring(start + START.length(), end);
        if (Boolean.getBoolean("tradewatch.docs.update") && !documented.equals(rendered)) {
            Files.writeString(DOC, doc.substring(0, start + START.length()) + rendered + doc.substring(end));
            documented = rendered;
        }
        assertThat(documented).as("docs/metrics.md differs from MetricCatalog; regenerate it with "
                + "-Dtradewatch.docs.update=true (see this test's Javadoc)").isEqualTo(rendered);
    }

    static String render() {
        StringBuilder out = new StringBuilder("\n");
        for (MeterGroup group : MeterGroup.values()) {
            out.append("\n### Group `").append(group.id()).append("`\n\n");
            out.append("| series | type | unit | tags | recorded by | description |\n");
            out.append("| --- | --- | --- | --- | --- | --- |\n");
            for (MeterSpec spec : MetricCatalog.group(group)) {
                out.append("| `").append(spec.prometheusName()).append("` | ").append(type(spec)).append(" | ")
                    .append(spec.unit()).append(" | ").append(tags(spec)).append(" | ").append(spec.recordedBy())
                    .append(" | ").append(spec.description()).append(" |\n");
            }
        }
        return out.append("\n").toString();
    }

    private static String type(MeterSpec spec) {
        String type = spec.kind().prometheusType();
        if (spec.buckets().length == 0) {
            return type;
        }
        return type + " (buckets " + Arrays.stream(spec.buckets())
            .mapToObj(bucket -> BigDecimal.valueOf(bucket).stripTrailingZeros().toPlainString())
            .collect(Collectors.joining(", ")) + ")";
    }

    private static String tags(MeterSpec spec) {
        if (spec.tags().isEmpty()) {
            return "-";
        }
        return spec.tags().stream()
            .map(tag -> "`" + tag.key() + "`" + (tag.isBounded() ? " (" + String.join(", ", tag.values()) + ")"
                    : " (guarded)"))
            .collect(Collectors.joining("; "));
    }
}
