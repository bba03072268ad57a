package io.tradewatch.metrics;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmCompilationMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter's conventions make the meters of Spring, Micrometer and Spring Cloud Gateway pass
 * {@code promtool check metrics}: the same meters without the filter fail it.
 */
class StandardMeterConventionsTests {

    @Test
    void gatewayAndBinderMetersPassPromtoolWithTheConventions() throws Exception {
        PrometheusMeterRegistry registry = registry(true);
        String scrape = registry.scrape();

        assertThat(promtool(scrape)).isEmpty();
        assertThat(scrape)
            .contains("# HELP spring_cloud_gateway_requests_seconds Duration of requests routed by the gateway, by route")
            .contains("spring_cloud_gateway_requests_seconds_count{http_method=\"POST\",http_status_code=\"200\","
                    + "outcome=\"SUCCESSFUL\",route_id=\"orders\",route_uri=\"http://order-executor:8080\",status=\"OK\"} 1")
            .contains("# TYPE spring_cloud_gateway_routes gauge")
            .contains("spring_cloud_gateway_routes 7.0")
            .contains("# HELP rabbitmq_published_total RabbitMQ client published")
            .contains("# TYPE jvm_compilation_time_seconds_total counter")
            .contains("# TYPE process_cpu_time_seconds_total counter")
            .contains("# TYPE system_cpus gauge")
            .doesNotContain("routeId")
            .doesNotContain("_ms_total")
            .doesNotContain("_ns_total")
            .doesNotContain("system_cpu_count");
    }

    @Test
    void withoutTheConventionsPromtoolFindsEveryKindOfProblem() throws Exception {
        String problems = promtool(registry(false).scrape());

        assertThat(problems).contains("spring_cloud_gateway_requests_seconds no help text")
            .contains("label names should be written in 'snake_case' not 'camelCase'")
            .contains("jvm_compilation_time_ms_total metric names should not contain abbreviated units")
            .contains("spring_cloud_gateway_routes_count non-histogram and non-summary metrics should not have "
                    + "\"_count\" suffix");
    }

    @Test
    void processCpuTimeInSecondsFollowsTheNanosecondsOfTheJvm() {
        PrometheusMeterRegistry registry = registry(true);
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
            .getOperatingSystemMXBean();
        double before = os.getProcessCpuTime() / 1e9;
        double seconds = registry.get("process.cpu.time").functionCounter().count();
        double after = os.getProcessCpuTime() / 1e9;

        assertThat(seconds).isBetween(before, after);
        assertThat(registry.find("process.cpu.time").meters()).hasSize(1);
    }

    @Test
    void camelCaseKeysBecomeSnakeCase() {
        assertThat(StandardMeterConventions.snakeCase("routeId")).isEqualTo("route_id");
        assertThat(StandardMeterConventions.snakeCase("httpStatusCode")).isEqualTo("http_status_code");
        assertThat(StandardMeterConventions.snakeCase("route_id")).isEqualTo("route_id");
    }

    private static PrometheusMeterRegistry registry(boolean conventions) {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        if (conventions) {
            registry.config().meterFilter(new StandardMeterConventions());
            new SecondsProcessMeters().bindTo(registry);
        }
        new JvmCompilationMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        Timer.builder("spring.cloud.gateway.requests")
            .tags("routeId", "orders", "routeUri", "http://order-executor:8080", "outcome", "SUCCESSFUL", "status",
                    "OK", "httpStatusCode", "200", "httpMethod", "POST")
            .register(registry)
            .record(Duration.ofMillis(3));
        Gauge.builder("spring.cloud.gateway.routes.count", () -> 7).register(registry);
        AtomicLong published = new AtomicLong(3);
        FunctionCounter.builder("rabbitmq.published", published, AtomicLong::get).register(registry);
        return registry;
    }

    /** What {@code promtool check metrics} reports for the scrape, one problem a line; empty when it passes. */
    private static String promtool(String scrape) throws IOException, InterruptedException {
        Path file = Files.createTempFile("scrape", ".prom");
        try {
            Files.writeString(file, scrape);
            Process process = new ProcessBuilder(promtoolPath().toString(), "check", "metrics")
                .redirectInput(file.toFile())
                .redirectErrorStream(true)
                .start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("promtool ended").isTrue();
            return output.strip();
        }
        finally {
            Files.deleteIfExists(file);
        }
    }

    private static Path promtoolPath() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "promtool");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("promtool is not installed: run deploy/scripts/install-validation-tools.sh");
    }
}
