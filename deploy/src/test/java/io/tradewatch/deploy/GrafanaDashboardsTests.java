package io.tradewatch.deploy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import static io.tradewatch.deploy.Yamls.at;
import static io.tradewatch.deploy.Yamls.str;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Grafana dashboards and their provisioning: the five dashboards show what the issue asks of each,
 * every panel uses the provisioned datasource, and template variables are defined, used and include
 * instance and symbol. (PrometheusQueriesTests runs every query against a real Prometheus.)
 */
class GrafanaDashboardsTests {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{?([a-zA-Z_]\\w*)}?");

    private static final Set<String> BUILT_IN = Set.of("__rate_interval", "__interval", "__range");

    /** What each dashboard must show, as series it must query. */
    private static final Map<String, List<String>> REQUIRED = Map.of(
            "system.json", List.of("up", "trading_errors_total", "http_server_requests_seconds_count",
                    "service:http_server_requests_seconds:p95_5m", "jvm_memory_used_bytes", "jvm_gc_pause_seconds_sum",
                    "trading_component_health_score"),
            "market-data.json", List.of("trading_ticks_received_total", "trading_channel_utilization_percent",
                    "trading_feed_sequence_gaps_total", "trading_feed_parse_errors_total", "trading_ws_connection_status",
                    "trading_feed_last_message_age_seconds", "service:trading_batch_insert_duration_seconds:p95_5m"),
            "trading.json", List.of("trading_signals_generated_total", "trading_orders_placed_total",
                    "trading_orders_filled_total", "trading_orders_rejected_total", "trading_orders_cancelled_total",
                    "service:trading_order_fill_latency_seconds:p95_5m", "trading_paper_pnl",
                    "trading_paper_portfolio_value", "trading_positions_open"),
            "risk.json", List.of("trading_risk_exposure", "trading_risk_drawdown_ratio",
                    "trading_risk_limit_breaches_total", "trading_risk_kill_switch"),
            "alerts.json", List.of("trading_alerts_triggered_total", "trading_alerts_delivered_total",
                    "trading_alerts_delivery_failures_total", "trading_alerts_suppressed_total"));

    @Test
    void theFiveDashboardsShowWhatTheirDomainNeeds() {
        Map<String, Set<String>> used = new LinkedHashMap<>();
        Observability.panelQueries().forEach(query -> used.computeIfAbsent(query.dashboard(), key -> new LinkedHashSet<>())
            .addAll(PromQl.of(query.expr()).metrics()));
        assertThat(used.keySet()).containsExactlyInAnyOrderElementsOf(REQUIRED.keySet());
        REQUIRED.forEach((dashboard, series) -> assertThat(used.get(dashboard)).as(dashboard).containsAll(series));
    }

    @Test
    void everyDashboardHasInstanceAndSymbolVariablesAndUsesOnlyDefinedOnes() {
        Set<String> uids = new LinkedHashSet<>();
        for (Path file : Observability.dashboardFiles()) {
            JsonNode dashboard = Observability.dashboard(file);
            assertThat(uids.add(dashboard.path("uid").asString())).as("unique uid " + file).isTrue();
            Set<String> defined = new LinkedHashSet<>();
            List<String> variableQueries = new ArrayList<>();
            dashboard.path("templating").path("list").forEach(variable -> {
                defined.add(variable.path("name").asString());
                variableQueries.add(variable.path("query").path("query").asString());
            });
            assertThat(defined).as(file.getFileName().toString()).contains("instance", "symbol");
            Set<String> referenced = new LinkedHashSet<>();
            List<String> texts = new ArrayList<>(variableQueries);
            Observability.panelQueries().stream()
                .filter(query -> query.dashboard().equals(file.getFileName().toString()))
                .forEach(query -> texts.add(query.expr()));
            texts.forEach(text -> {
                Matcher matcher = VARIABLE.matcher(text);
                while (matcher.find()) {
                    referenced.add(matcher.group(1));
                }
            });
            referenced.removeAll(BUILT_IN);
            assertThat(defined).as("variables defined in " + file.getFileName()).containsAll(referenced);
            assertThat(referenced).as("variables used in " + file.getFileName()).containsAll(defined);
        }
    }

    @Test
    void everyPanelQueriesTheProvisionedDatasource() {
        Map<String, Object> datasource = Yamls.load(DeployPaths.of("grafana/provisioning/datasources/prometheus.yml"));
        String uid = str(at(datasource, "datasources", 0, "uid"));
        assertThat(str(at(datasource, "datasources", 0, "type"))).isEqualTo("prometheus");
        for (Path file : Observability.dashboardFiles()) {
            Set<Integer> ids = new LinkedHashSet<>();
            for (JsonNode panel : Observability.dashboard(file).path("panels")) {
                assertThat(ids.add(panel.path("id").asInt())).as("unique panel id in " + file).isTrue();
                assertThat(panel.path("gridPos").path("w").asInt()).isBetween(1, 24);
                if (!"row".equals(panel.path("type").asString())) {
                    assertThat(panel.path("datasource").path("uid").asString()).as(file + " " + panel.path("title"))
                        .isEqualTo(uid);
                    assertThat(panel.path("targets")).as(file + " " + panel.path("title")).isNotEmpty();
                    panel.path("targets").forEach(target -> assertThat(target.path("datasource").path("uid").asString())
                        .isEqualTo(uid));
                }
            }
        }
    }

    @Test
    void theDashboardProviderLoadsTheFolderComposeMounts() {
        Map<String, Object> provider = Yamls.load(DeployPaths.of("grafana/provisioning/dashboards/tradewatch.yml"));
        String path = str(at(provider, "providers", 0, "options", "path"));
        List<Object> volumes = Yamls.list(at(Yamls.load(DeployPaths.of("compose.yaml")), "services", "grafana", "volumes"));
        assertThat(volumes).contains("./grafana/dashboards:" + path + ":ro", "./grafana/provisioning:/etc/grafana/provisioning:ro");
    }
}
