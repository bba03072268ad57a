package io.tradewatch.metrics;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import io.tradewatch.metrics.health.ComponentHealth;
import io.tradewatch.metrics.health.ComponentHealthRegistry;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * Boots a small WebFlux application with the starter on real ports and reads what Prometheus and an
 * operator would read.
 */
class PrometheusScrapeIntegrationTests {

    private static final HttpClient HTTP = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .build();

    private static ConfigurableApplicationContext context;

    private static int managementPort;

    @BeforeAll
    static void start() {
        context = new SpringApplicationBuilder(ScrapeApplication.class).run("--server.port=0",
                "--management.server.port=0", "--spring.application.name=scrape-test",
                "--tradewatch.metrics.instance=node-1", "--tradewatch.metrics.groups=ticks,risk",
                "--tradewatch.metrics.cardinality.limit=2", "--tradewatch.metrics.health.refresh-interval=100ms",
                "--spring.autoconfigure.exclude=org.springframework.boot.amqp.autoconfigure.RabbitAutoConfiguration,"
                        + "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration,"
                        + "org.springframework.boot.data.redis.autoconfigure.DataRedisReactiveAutoConfiguration");
        managementPort = Integer.parseInt(context.getEnvironment().getProperty("local.management.port"));
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @Test
    void scrapeShowsEnabledGroupsAtZeroWithHelpTypeAndCommonTags() {
        String scrape = get("/actuator/prometheus").body();
        assertThat(scrape).contains("# HELP trading_ticks_dropped_total Ticks dropped before processing, by reason")
            .contains("# TYPE trading_ticks_dropped_total counter")
            .contains("trading_ticks_dropped_total{application=\"scrape-test\",instance=\"node-1\",reason=\"channel_full\",version=\"unknown\"} 0.0")
            .contains("# TYPE trading_risk_check_duration_seconds histogram")
            .contains("trading_risk_check_duration_seconds_bucket{application=\"scrape-test\",instance=\"node-1\",version=\"unknown\",le=\"0.005\"} 0")
            .contains("# TYPE trading_risk_limit_usage_ratio gauge")
            .contains("trading_service_info{application=\"scrape-test\",build_version=\"unknown\"")
            .doesNotContain("trading_orders_filled_total")
            .doesNotContain("trading_alerts_triggered_total");
    }

    @Test
    void valuesPastTheCardinalityLimitAreFoldedAndCounted() {
        TickMetrics ticks = context.getBean(TickMetrics.class);
        for (String symbol : new String[] { "FOLD1", "FOLD2", "FOLD3", "FOLD4" }) {
            ticks.processed(symbol);
        }
        String scrape = get("/actuator/prometheus").body();
        assertThat(scrape).contains("symbol=\"FOLD1\"").contains("symbol=\"FOLD2\"").doesNotContain("FOLD3")
            .contains("trading_ticks_processed_total{application=\"scrape-test\",instance=\"node-1\",symbol=\"other\",version=\"unknown\"} 2.0")
            .contains("trading_metrics_cardinality_overflow_total{application=\"scrape-test\",instance=\"node-1\",meter=\"trading_ticks_processed_total\",version=\"unknown\"} 2.0");
    }

    @Test
    void tradingSummaryShowsPercentilesOfTimers() {
        TickMetrics ticks = context.getBean(TickMetrics.class);
        for (int i = 1; i <= 100; i++) {
            ticks.processingTime(i * 10_000L);
        }
        String summary = get("/actuator/tradingsummary").body();
        assertThat(summary).contains("\"counters\"").contains("\"gauges\"").doesNotContain("\"application\"");
        JsonNode processing = StreamSupport.stream(JsonMapper.builder().build().readTree(summary).path("distributions")
            .spliterator(), false)
            .filter(distribution -> distribution.path("name").asString().equals("trading.tick.processing"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no trading.tick.processing in " + summary));
        // 10 us to 1 ms in steps of 10 us: the buckets (0.25 ms, 0.5 ms] and (0.5 ms, 1 ms] hold 25 and 50 of them,
        // so the estimates are exact: p50 0.5 ms, p95 0.95 ms, p99 0.99 ms.
        assertThat(processing.path("count").asLong()).isEqualTo(100);
        assertThat(processing.path("unit").asString()).isEqualTo("seconds");
        assertThat(processing.path("p50").asDouble()).isCloseTo(0.0005, within(1e-9));
        assertThat(processing.path("p95").asDouble()).isCloseTo(0.00095, within(1e-9));
        assertThat(processing.path("p99").asDouble()).isCloseTo(0.00099, within(1e-9));
        assertThat(processing.path("max").asDouble()).isCloseTo(0.001, within(1e-9));
    }

    @Test
    void errorLogsAreCountedAndKeptForOperators() {
        LoggerFactory.getLogger("io.tradewatch.Sample").error("Publisher lost its channel", new IOException("reset"));
        assertThat(get("/actuator/recenterrors").body()).contains("\"type\":\"IOException\"")
            .contains("Publisher lost its channel: reset")
            .contains("\"component\":\"Sample\"");
        assertThat(get("/actuator/prometheus").body()).contains("trading_errors_total{application=\"scrape-test\",instance=\"node-1\",type=\"IOException\",version=\"unknown\"} 1.0");
    }

    @Test
    void componentHealthScoresShowInHealthAndTurnItDownWhenAComponentIsDown() {
        ComponentHealth probe = context.getBean(ComponentHealthRegistry.class).component("probe");
        probe.up();
        probe.success();
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            HttpResponse<String> health = get("/actuator/health");
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"tradingComponents\"").contains("\"score\":100.0");
        });
        probe.down("lost upstream");
        HttpResponse<String> down = get("/actuator/health");
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(down.body()).contains("lost upstream");
        assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
        probe.up();
        assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
    }

    private static HttpResponse<String> get(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + path))
                .timeout(Duration.ofSeconds(10))
                .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    @SpringBootConfiguration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class ScrapeApplication {
    }
}
