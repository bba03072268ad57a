package io.tradewatch.risk;

import java.net.http.HttpRequest;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The risk meters as Prometheus scrapes them from the management port. */
class MetricsTests extends RiskIntegrationTest {

    @Test
    void decisionsBreachesAndUsageAreExported() {
        decide("ETHUSDT", "BUY", "1", "50000.00");
        decide("BTCUSDT", "BUY", "3", "10.00");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            String scrape = send(HttpRequest.newBuilder(uri(managementPort, "/actuator/prometheus")).GET()).body();
            assertThat(value(scrape, "trading_risk_checks_total", "result=\"approved\"")).isPositive();
            assertThat(value(scrape, "trading_risk_checks_total", "result=\"rejected\"")).isPositive();
            assertThat(value(scrape, "trading_risk_limit_breaches_total", "limit=\"max_order_quantity\"")).isPositive();
            assertThat(value(scrape, "trading_risk_limit_usage_ratio", "limit=\"max_open_orders\"")).isEqualTo(0.05);
            assertThat(value(scrape, "trading_risk_limit_usage_ratio", "limit=\"max_gross_exposure\"")).isEqualTo(0.2);
            assertThat(value(scrape, "trading_risk_exposure", "")).isEqualTo(50000.0);
            assertThat(value(scrape, "trading_risk_kill_switch", "")).isZero();
            assertThat(value(scrape, "trading_risk_check_duration_seconds_count", "")).isPositive();
            assertThat(scrape).contains("trading_risk_drawdown_ratio{");
        });
    }

    private static double value(String scrape, String name, String label) {
        return scrape.lines()
            .filter(line -> line.startsWith(name + "{") && line.contains(label))
            .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
            .sum();
    }
}
