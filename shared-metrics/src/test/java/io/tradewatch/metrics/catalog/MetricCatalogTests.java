package io.tradewatch.metrics.catalog;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MetricCatalogTests {

    /** The series names the foundation issue requires, as scraped; the prior system's names among them. */
    private static final List<String> REQUIRED = List.of("trading_ticks_received_total",
            "trading_ticks_processed_total", "trading_ticks_dropped_total", "trading_tick_processing_seconds",
            "trading_channel_utilization_percent", "trading_channel_buffer_size", "trading_batches_flushed_total",
            "trading_batches_failed_total", "trading_batch_retries_total", "trading_batch_buffer_size",
            "trading_batch_insert_duration_seconds", "trading_cache_hits_total", "trading_cache_misses_total",
            "trading_cache_update_failures_total", "trading_cache_operation_seconds", "trading_ws_connections_total",
            "trading_ws_disconnections_total", "trading_ws_reconnects_total", "trading_ws_connection_status",
            "trading_feed_sequence_gaps_total", "trading_feed_messages_missed_total",
            "trading_feed_parse_errors_total", "trading_feed_last_message_age_seconds",
            "trading_messages_published_total", "trading_messages_consumed_total",
            "trading_message_processing_seconds", "trading_messages_dead_lettered_total",
            "trading_messages_publish_failures_total", "trading_message_age_seconds",
            "trading_pipeline_latency_seconds", "trading_signals_generated_total", "trading_orders_placed_total",
            "trading_orders_filled_total", "trading_orders_rejected_total", "trading_orders_cancelled_total",
            "trading_order_fill_latency_seconds", "trading_order_slippage_bps", "trading_paper_trades_total",
            "trading_paper_portfolio_value", "trading_paper_pnl", "trading_positions_open",
            "trading_paper_tick_duration_seconds", "trading_risk_checks_total", "trading_risk_limit_breaches_total",
            "trading_risk_limit_usage_ratio", "trading_risk_exposure", "trading_risk_drawdown_ratio",
            "trading_risk_check_duration_seconds", "trading_risk_kill_switch", "trading_alerts_triggered_total",
            "trading_alerts_delivered_total", "trading_alerts_delivery_failures_total",
            "trading_alert_delivery_duration_seconds", "trading_alerts_suppressed_total",
            "trading_gateway_auth_failures_total", "trading_gateway_rate_limited_total", "trading_service_info",
            "trading_uptime_seconds", "trading_component_health_score", "trading_errors_total",
            "trading_metrics_cardinality_overflow_total");

    @Test
    void catalogHoldsEveryRequiredSeriesName() {
        List<String> names = MetricCatalog.all().stream().map(MeterSpec::prometheusName).toList();
        assertThat(names).containsAll(REQUIRED);
    }

    @Test
    void namesAreUniqueAndFollowPrometheusConventions() {
        Set<String> seen = new HashSet<>();
        for (MeterSpec spec : MetricCatalog.all()) {
            assertThat(seen.add(spec.prometheusName())).as("duplicate %s", spec.prometheusName()).isTrue();
            assertThat(spec.prometheusName()).matches("trading_[a-z0-9_]+");
            assertThat(spec.description()).as("description of %s", spec.name()).isNotBlank();
            assertThat(spec.unit()).as("unit of %s", spec.name()).isNotBlank();
            assertThat(spec.recordedBy()).isNotBlank();
            switch (spec.kind()) {
                case COUNTER -> assertThat(spec.prometheusName()).endsWith("_total");
                case TIMER -> assertThat(spec.prometheusName()).endsWith("_seconds");
                case GAUGE, SUMMARY -> assertThat(spec.prometheusName()).doesNotEndWith("_total");
            }
        }
    }

    @Test
    void histogramsHaveAscendingPositiveBuckets() {
        for (MeterSpec spec : MetricCatalog.all()) {
            if (spec.kind() == MeterKind.TIMER || spec.kind() == MeterKind.SUMMARY) {
                double[] buckets = spec.buckets();
                assertThat(buckets).as("buckets of %s", spec.name()).isNotEmpty();
                for (int i = 0; i < buckets.length; i++) {
                    assertThat(buckets[i]).isPositive();
                    if (i > 0) {
                        assertThat(buckets[i]).isGreaterThan(buckets[i - 1]);
                    }
                }
            }
        }
    }

    @Test
    void batchInsertBucketsAreThePriorSystemsBuckets() {
        assertThat(MetricCatalog.BATCH_INSERT_DURATION.buckets())
            .containsExactly(0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5);
    }

    @Test
    void seriesNamesIncludeHistogramParts() {
        assertThat(MetricCatalog.seriesNames()).contains("trading_tick_processing_seconds_bucket",
                "trading_tick_processing_seconds_count", "trading_tick_processing_seconds_sum",
                "trading_tick_processing_seconds_max", "trading_ticks_received_total");
    }

    @Test
    void boundedTagValuesComeFromTheirEnums() {
        assertThat(MetricCatalog.ORDERS_FILLED.tags().get(0).values()).containsExactly("buy", "sell");
        assertThat(MetricCatalog.RISK_LIMIT_USAGE.tags().get(0).values()).hasSize(TagValues.RiskLimit.values().length);
        assertThat(MetricCatalog.TICKS_RECEIVED.isFullyBounded()).isFalse();
        assertThat(MetricCatalog.RISK_CHECKS.isFullyBounded()).isTrue();
    }
}
