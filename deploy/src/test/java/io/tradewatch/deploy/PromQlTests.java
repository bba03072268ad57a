package io.tradewatch.deploy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The PromQL reader that the metric-name checks rely on. */
class PromQlTests {

    @Test
    void readsMetricNamesButNotFunctionsKeywordsOrLabels() {
        PromQl query = PromQl.of("""
                sum by (service, le) (rate(http_server_requests_seconds_bucket{status=~"5..", uri!="/x"}[5m]))
                  / on (service) group_left (version) max without (instance) (up offset 5m) > bool 0.5
                  and slo:sli_error:ratio_rate1h{slo="a"} or vector(0) unless {__name__="ALERTS"}
                """);
        assertThat(query.metrics()).containsExactlyInAnyOrder("http_server_requests_seconds_bucket", "up",
                "slo:sli_error:ratio_rate1h", "ALERTS");
        assertThat(query.labels()).containsExactlyInAnyOrder("service", "le", "status", "uri", "version",
                "instance", "slo", "__name__");
    }

    @Test
    void findsCountersReadWithoutRateOrIncrease() {
        assertThat(PromQl.of("sum(rate(a_total[5m])) / sum(increase(b_count{x=\"y\"}[$__rate_interval]))")
            .countersWithoutRate()).isEmpty();
        assertThat(PromQl.of("sum(a_total) + max_over_time(b_sum[5m]) + rate(c_bucket) + d_gauge + e:f_total:rate5m")
            .countersWithoutRate()).containsExactly("a_total", "b_sum", "c_bucket");
    }

    @Test
    void ignoresGrafanaVariablesAndStrings() {
        PromQl query = PromQl.of("rate(x_total{instance=~\"$instance\", symbol=~\"${symbol}\"}[$__rate_interval])");
        assertThat(query.metrics()).containsExactly("x_total");
        assertThat(query.labels()).containsExactly("instance", "symbol");
    }
}
