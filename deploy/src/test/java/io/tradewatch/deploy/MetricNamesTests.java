package io.tradewatch.deploy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.tradewatch.metrics.catalog.MetricCatalog;
import io.tradewatch.metrics.catalog.TagSpec;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every metric name used in rules and dashboards exists in the shared-metrics catalog, is a standard
 * Micrometer, Spring or RabbitMQ meter, or is recorded by our own rules; every label used exists; and
 * counters are only ever read through rate() or increase().
 */
class MetricNamesTests {

    @Test
    void everyMetricNameInRulesAndDashboardsIsCatalogedStandardOrRecorded() {
        Set<String> known = knownSeries();
        List<String> unknown = new ArrayList<>();
        for (Expression expression : expressions()) {
            for (String metric : PromQl.of(expression.expr()).metrics()) {
                if (!known.contains(metric)) {
                    unknown.add(metric + " in " + expression.where());
                }
            }
        }
        assertThat(unknown).isEmpty();
    }

    @Test
    void everyLabelInRulesAndDashboardsIsACatalogTagACommonTagOrAStandardLabel() {
        Set<String> known = new LinkedHashSet<>(StandardMeters.LABELS);
        MetricCatalog.all().stream().flatMap(spec -> spec.tags().stream()).map(TagSpec::key).forEach(known::add);
        List<String> unknown = new ArrayList<>();
        for (Expression expression : expressions()) {
            for (String label : PromQl.of(expression.expr()).labels()) {
                if (!known.contains(label)) {
                    unknown.add(label + " in " + expression.where());
                }
            }
        }
        Observability.variableQueries().stream()
            .filter(query -> !known.contains(query.label()))
            .forEach(query -> unknown.add(query.label() + " listed by variable " + query.variable()));
        assertThat(unknown).isEmpty();
    }

    @Test
    void countersAreOnlyReadThroughRateOrIncrease() {
        List<String> raw = new ArrayList<>();
        for (Expression expression : expressions()) {
            if (expression.where().contains(" $")) {
                continue; // a template variable only lists label values of the series it selects
            }
            PromQl.of(expression.expr()).countersWithoutRate().forEach(name -> raw.add(name + " in " + expression.where()));
        }
        assertThat(raw).isEmpty();
    }

    @Test
    void everyStandardSeriesBelongsToAnAgreedFamily() {
        assertThat(StandardMeters.SERIES).allSatisfy(
                name -> assertThat(StandardMeters.FAMILIES.stream().anyMatch(name::startsWith)).as(name).isTrue());
        assertThat(StandardMeters.SERIES).doesNotContainAnyElementsOf(MetricCatalog.seriesNames());
    }

    @Test
    void everyCatalogGroupIsShownOnSomeDashboard() {
        Set<String> used = new LinkedHashSet<>();
        Observability.panelQueries().forEach(query -> used.addAll(PromQl.of(query.expr()).metrics()));
        Observability.recordings().stream()
            .filter(rule -> used.contains(rule.record()))
            .forEach(rule -> used.addAll(PromQl.of(rule.expr()).metrics()));
        List<String> groupsShown = MetricCatalog.all().stream()
            .filter(spec -> spec.seriesNames().stream().anyMatch(used::contains))
            .map(spec -> spec.group().name())
            .distinct()
            .toList();
        assertThat(groupsShown).containsExactlyInAnyOrderElementsOf(
                MetricCatalog.all().stream().map(spec -> spec.group().name()).distinct().toList());
    }

    static Set<String> knownSeries() {
        Set<String> known = new LinkedHashSet<>(MetricCatalog.seriesNames());
        known.addAll(StandardMeters.SERIES);
        known.addAll(StandardMeters.PROMETHEUS);
        Observability.recordings().forEach(rule -> known.add(rule.record()));
        return known;
    }

    /** Rule expressions, panel queries and variable selectors, with where they come from. */
    static List<Expression> expressions() {
        return Stream.of(
                Observability.rules().stream()
                    .map(rule -> new Expression(rule.file() + " " + rule.name(), rule.expr())),
                Observability.panelQueries().stream()
                    .map(query -> new Expression(query.dashboard() + " '" + query.panel() + "'", query.expr())),
                Observability.variableQueries().stream()
                    .map(query -> new Expression(query.dashboard() + " $" + query.variable(), query.selector())))
            .flatMap(stream -> stream)
            .toList();
    }

    record Expression(String where, String expr) {
    }
}
