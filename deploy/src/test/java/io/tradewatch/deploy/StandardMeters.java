package io.tradewatch.deploy;

import java.util.List;
import java.util.Set;

/**
 * The series outside the shared-metrics catalog that rules and dashboards may use: standard Micrometer and
 * Spring meters, RabbitMQ's rabbitmq_prometheus plugin, and Prometheus' own synthetic series. Each name
 * belongs to one of the agreed families; the Prometheus tests show that the sample targets (real Micrometer
 * binders, a captured RabbitMQ scrape) produce them.
 */
final class StandardMeters {

    static final List<String> FAMILIES = List.of("jvm_", "process_", "system_", "http_server_requests_seconds_",
            "spring_cloud_gateway_requests_seconds_", "resilience4j_circuitbreaker_",
            "lettuce_command_completion_seconds_", "spring_rabbit_listener_seconds_", "rabbitmq_");

    /** Series Prometheus itself writes: scrape health and the state of alerting rules. */
    static final Set<String> PROMETHEUS = Set.of("up", "ALERTS");

    static final Set<String> SERIES = Set.of(
            // Spring Boot web server observation (every service; p95 needs the percentile histogram)
            "http_server_requests_seconds_count", "http_server_requests_seconds_sum",
            "http_server_requests_seconds_max", "http_server_requests_seconds_bucket",
            // Spring Cloud Gateway route metrics (api-gateway)
            "spring_cloud_gateway_requests_seconds_count", "spring_cloud_gateway_requests_seconds_sum",
            "spring_cloud_gateway_requests_seconds_max", "spring_cloud_gateway_requests_seconds_bucket",
            // Micrometer JVM and process binders
            "jvm_memory_used_bytes", "jvm_memory_max_bytes", "jvm_gc_pause_seconds_count", "jvm_gc_pause_seconds_sum",
            "jvm_gc_pause_seconds_max", "process_cpu_usage",
            // Resilience4j's Micrometer binding (api-gateway circuit breakers)
            "resilience4j_circuitbreaker_state",
            // Lettuce command latency (services using Redis)
            "lettuce_command_completion_seconds_count", "lettuce_command_completion_seconds_sum",
            "lettuce_command_completion_seconds_max",
            // rabbitmq_prometheus with per-object metrics
            "rabbitmq_queue_messages_ready", "rabbitmq_queue_messages_unacked", "rabbitmq_queue_consumers");

    /** Labels of the standard meters, the scrape targets and Prometheus, besides the catalog's tags. */
    static final Set<String> LABELS = Set.of(
            // common tags and scrape target labels (the application's 'instance' becomes exported_instance)
            "application", "instance", "version", "service", "job", "namespace", "pod", "exported_instance",
            // histograms and Prometheus' alert series
            "le", "alertname", "alertstate", "severity",
            // the SLO recording rules
            "slo",
            // http.server.requests, spring.cloud.gateway.requests, JVM, Resilience4j, Lettuce, RabbitMQ
            "method", "uri", "status", "outcome", "exception", "error", "route_id", "route_uri", "http_status_code",
            "http_method", "area", "id", "action", "cause", "gc", "name", "state", "command", "local", "remote",
            "vhost", "queue");

    private StandardMeters() {
    }
}
