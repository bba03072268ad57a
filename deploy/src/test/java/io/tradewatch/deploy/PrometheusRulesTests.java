package io.tradewatch.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static io.tradewatch.deploy.Yamls.at;
import static io.tradewatch.deploy.Yamls.maps;
import static io.tradewatch.deploy.Yamls.str;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Prometheus configuration and rules through promtool (check config, check rules, test rules), and
 * the conventions around them: every alert tested firing and silent, every recording rule tested, names
 * and annotations, a runbook section per alert, the PrometheusRule in sync with the rule files.
 */
class PrometheusRulesTests {

    private static final Pattern RECORD_NAME = Pattern.compile("[a-z_]+:[a-z0-9_]+:[a-z0-9_]+");

    private static final Pattern ALERT_NAME = Pattern.compile("[A-Z][A-Za-z0-9]+");

    @Test
    void promtoolAcceptsTheLocalAndComposeConfigurations() {
        Path prometheus = DeployPaths.of("prometheus");
        Tools.run(prometheus, List.of("promtool", "check", "config", "prometheus.yml")).assertSuccess();
        assertThat(DeployPaths.of("prometheus/compose/targets")).isDirectoryContaining("glob:**/services.yml");
        // compose mounts compose/targets over targets/: the same target files must exist in both.
        try (Stream<Path> local = Files.list(prometheus.resolve("targets"));
                Stream<Path> compose = Files.list(prometheus.resolve("compose/targets"))) {
            assertThat(compose.map(path -> path.getFileName().toString()))
                .containsExactlyInAnyOrderElementsOf(local.map(path -> path.getFileName().toString()).toList());
        }
        catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    @Test
    void promtoolAcceptsEveryRuleFile() {
        List<String> command = new ArrayList<>(List.of("promtool", "check", "rules"));
        Observability.ruleFiles().forEach(file -> command.add(file.toString()));
        Tools.Result result = Tools.run(DeployPaths.deploy(), command).assertSuccess();
        assertThat(result.output()).doesNotContain("WARNING");
    }

    @Test
    void promtoolUnitTestsPass() {
        List<String> command = new ArrayList<>(List.of("promtool", "test", "rules"));
        Observability.ruleTestFiles().forEach(file -> command.add(file.toString()));
        Tools.Result result = Tools.run(DeployPaths.deploy(), command).assertSuccess();
        assertThat(result.output()).doesNotContain("FAILED");
    }

    @Test
    void everyAlertHasAPromtoolCaseWhereItFiresAndOneWhereItDoesNot() {
        List<Map<String, Object>> cases = Observability.ruleTestFiles().stream()
            .flatMap(file -> maps(Yamls.load(file).get("tests")).stream())
            .flatMap(test -> maps(test.get("alert_rule_test")).stream())
            .toList();
        List<String> missing = new ArrayList<>();
        for (Observability.Rule alert : Observability.alerts()) {
            String severity = alert.labels().get("severity");
            List<Map<String, Object>> ofAlert = cases.stream()
                .filter(test -> alert.alert().equals(test.get("alertname")))
                .toList();
            boolean fires = ofAlert.stream().anyMatch(test -> severities(test).contains(severity));
            boolean silent = ofAlert.stream().anyMatch(test -> !severities(test).contains(severity));
            if (!fires) {
                missing.add(alert.alert() + " (" + severity + ") firing");
            }
            if (!silent) {
                missing.add(alert.alert() + " (" + severity + ") not firing");
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyRecordingRuleHasAPromtoolExpressionTest() {
        Set<String> tested = new LinkedHashSet<>();
        Observability.ruleTestFiles().stream()
            .flatMap(file -> maps(Yamls.load(file).get("tests")).stream())
            .flatMap(test -> maps(test.get("promql_expr_test")).stream())
            .forEach(test -> tested.addAll(PromQl.of(str(test.get("expr"))).metrics()));
        assertThat(Observability.recordings().stream().map(Observability.Rule::record).distinct())
            .allSatisfy(record -> assertThat(tested).as("promql_expr_test of " + record).contains(record));
    }

    @Test
    void rulesAreNamedAndAnnotatedByConvention() {
        for (Observability.Rule rule : Observability.recordings()) {
            assertThat(rule.record()).as("level:metric:operations").matches(RECORD_NAME);
        }
        for (Observability.Rule alert : Observability.alerts()) {
            assertThat(alert.alert()).as("CamelCase alert name").matches(ALERT_NAME);
            assertThat(alert.labels().get("severity")).as(alert.alert()).isIn("critical", "warning");
            assertThat(alert.annotations()).as(alert.alert()).containsKeys("summary", "description", "runbook_url");
            assertThat(alert.annotations().get("runbook_url"))
                .isEqualTo("docs/runbooks.md#" + alert.alert().toLowerCase(Locale.ROOT));
        }
    }

    @Test
    void theRunbookHasASectionWithMeaningChecksAndFixesForEveryAlert() throws IOException {
        String runbooks = Files.readString(DeployPaths.root().resolve("docs/runbooks.md"));
        Matcher headings = Pattern.compile("(?m)^## (\\w+)$").matcher(runbooks);
        List<String> sections = new ArrayList<>();
        while (headings.find()) {
            sections.add(headings.group(1));
        }
        Set<String> alerts = new LinkedHashSet<>(Observability.alerts().stream().map(Observability.Rule::alert).toList());
        assertThat(sections).containsExactlyInAnyOrderElementsOf(alerts);
        for (String alert : alerts) {
            int start = runbooks.indexOf("## " + alert + "\n");
            int end = runbooks.indexOf("\n## ", start + 1);
            String section = runbooks.substring(start, end < 0 ? runbooks.length() : end);
            assertThat(section).as("runbook of " + alert).contains("**Meaning**", "**First checks**", "**Fixes**");
        }
    }

    @Test
    void thePrometheusRuleOfTheOperatorComponentHoldsExactlyTheRuleFiles() {
        Map<String, Object> rule = Yamls.load(DeployPaths.of("k8s/components/prometheus-operator/prometheusrule.yaml"));
        List<Object> expected = new ArrayList<>();
        Observability.ruleFiles().forEach(file -> expected.addAll(Yamls.list(Yamls.load(file).get("groups"))));
        assertThat(Yamls.list(at(rule, "spec", "groups")))
            .as("regenerate it with: node deploy/tools/generate-prometheusrule.mjs")
            .isEqualTo(expected);
        assertThat(Manifests.render(Manifests.PROD).named("PrometheusRule", "tradewatch")).isNotNull();
    }

    private static Set<String> severities(Map<String, Object> test) {
        Set<String> severities = new LinkedHashSet<>();
        maps(test.get("exp_alerts")).forEach(alert -> severities.add(str(at(alert, "exp_labels", "severity"))));
        return severities;
    }
}
