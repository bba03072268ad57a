package io.tradewatch.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.tradewatch.testsupport.observability.GrafanaQueries;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static io.tradewatch.deploy.Yamls.maps;
import static io.tradewatch.deploy.Yamls.str;
import static io.tradewatch.deploy.Yamls.strings;

/** The Prometheus rules and Grafana dashboards under deploy/, read as data. */
final class Observability {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Pattern LABEL_VALUES = Pattern.compile("label_values\\((.*),\\s*(\\w+)\\)");

    private Observability() {
    }

    static List<Path> ruleFiles() {
        return list(DeployPaths.of("prometheus/rules"), ".yml");
    }

    static List<Path> ruleTestFiles() {
        return list(DeployPaths.of("prometheus/tests"), ".test.yml");
    }

    static List<Path> dashboardFiles() {
        return list(DeployPaths.of("grafana/dashboards"), ".json");
    }

    /** Every rule of every rule file, in file order. */
    static List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        for (Path file : ruleFiles()) {
            for (Map<String, Object> group : maps(Yamls.load(file).get("groups"))) {
                for (Map<String, Object> rule : maps(group.get("rules"))) {
                    rules.add(new Rule(file.getFileName().toString(), str(group.get("name")), str(rule.get("alert")),
                            str(rule.get("record")), str(rule.get("expr")), str(rule.get("for")),
                            strings(rule.get("labels")), strings(rule.get("annotations"))));
                }
            }
        }
        return rules;
    }

    static List<Rule> alerts() {
        return rules().stream().filter(Rule::isAlert).toList();
    }

    static List<Rule> recordings() {
        return rules().stream().filter(rule -> !rule.isAlert()).toList();
    }

    static JsonNode dashboard(Path file) {
        try {
            return JSON.readTree(Files.readString(file));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Every panel query of every dashboard. */
    static List<Query> panelQueries() {
        return GrafanaQueries.panelQueries(DeployPaths.of("grafana/dashboards")).stream()
            .map(query -> new Query(query.dashboard(), query.panel(), query.expr()))
            .toList();
    }

    /** The selector of every template variable's label_values() query, and the label it lists. */
    static List<VariableQuery> variableQueries() {
        List<VariableQuery> queries = new ArrayList<>();
        for (Path file : dashboardFiles()) {
            for (JsonNode variable : dashboard(file).path("templating").path("list")) {
                String query = variable.path("query").isObject() ? variable.path("query").path("query").asString()
                        : variable.path("query").asString();
                Matcher matcher = LABEL_VALUES.matcher(query);
                if (!matcher.matches()) {
                    throw new AssertionError(file + " variable " + variable.path("name").asString()
                            + " is not a label_values(selector, label) query: " + query);
                }
                queries.add(new VariableQuery(file.getFileName().toString(), variable.path("name").asString(),
                        matcher.group(1), matcher.group(2)));
            }
        }
        return queries;
    }

    /**
     * A dashboard expression as Prometheus sees it once Grafana has filled in its variables: every
     * variable matches anything, interval variables are a few scrape intervals.
     */
    static String substituteGrafanaVariables(String expression, String rateInterval) {
        return GrafanaQueries.substituteVariables(expression, rateInterval);
    }

    private static List<Path> list(Path dir, String suffix) {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> result = files.filter(file -> file.getFileName().toString().endsWith(suffix)).sorted().toList();
            if (result.isEmpty()) {
                throw new AssertionError("no *" + suffix + " in " + dir);
            }
            return result;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** One alerting or recording rule. */
    record Rule(String file, String group, String alert, String record, String expr, String forDuration,
            Map<String, String> labels, Map<String, String> annotations) {

        boolean isAlert() {
            return alert != null;
        }

        String name() {
            return isAlert() ? alert : record;
        }
    }

    /** One panel target. */
    record Query(String dashboard, String panel, String expr) {
    }

    /** One template variable's label_values(selector, label). */
    record VariableQuery(String dashboard, String variable, String selector, String label) {
    }
}
