package io.tradewatch.testsupport.observability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The queries of the Grafana dashboards in a folder, and each as Prometheus sees it once Grafana filled it in. */
public final class GrafanaQueries {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private GrafanaQueries() {
    }

    /** Every panel target's expression of every {@code *.json} dashboard in {@code dir}, by file name order. */
    public static List<PanelQuery> panelQueries(Path dir) {
        List<PanelQuery> queries = new ArrayList<>();
        for (Path file : dashboards(dir)) {
            for (JsonNode panel : read(file).path("panels")) {
                for (JsonNode target : panel.path("targets")) {
                    queries.add(new PanelQuery(file.getFileName().toString(), panel.path("title").asString(),
                            target.path("expr").asString()));
                }
            }
        }
        return queries;
    }

    /**
     * A dashboard expression as Prometheus sees it once Grafana has filled in its variables: every
     * variable matches anything, interval variables are {@code rateInterval}.
     */
    public static String substituteVariables(String expression, String rateInterval) {
        return expression.replace("$__rate_interval", rateInterval)
            .replace("$__interval", rateInterval)
            .replace("$__range", rateInterval)
            .replaceAll("\\$\\{?[a-zA-Z_]\\w*}?", ".*");
    }

    private static List<Path> dashboards(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(Files.readString(file));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** One panel target: its dashboard file, panel title and expression. */
    public record PanelQuery(String dashboard, String panel, String expr) {
    }
}
