package io.tradewatch.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.config.MeterFilterReply;

/**
 * Brings the meters the services get from Spring, Micrometer, the RabbitMQ client and Spring Cloud Gateway in line
 * with Prometheus' naming rules (what {@code promtool check metrics} checks):
 * <ul>
 * <li>a help text for every meter that has none (Spring's observation timers, the RabbitMQ client's meters);</li>
 * <li>snake_case tag keys ({@code routeId} becomes {@code route_id});</li>
 * <li>no {@code _count} suffix on gauges ({@code system.cpu.count} becomes {@code system.cpus});</li>
 * <li>base units only: the two binder meters counted in milliseconds and nanoseconds ({@code jvm.compilation.time},
 * {@code process.cpu.time}) are denied and {@link SecondsProcessMeters} registers them in seconds.</li>
 * </ul>
 */
public final class StandardMeterConventions implements MeterFilter {

    private static final Map<String, String> RENAMED_GAUGES = Map.of("system.cpu.count", "system.cpus",
            "spring.cloud.gateway.routes.count", "spring.cloud.gateway.routes");

    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("http.server.requests", "Duration of HTTP server requests"),
            Map.entry("http.server.requests.active", "HTTP server requests in progress"),
            Map.entry("http.client.requests", "Duration of HTTP client requests"),
            Map.entry("http.client.requests.active", "HTTP client requests in progress"),
            Map.entry("spring.rabbit.listener", "Duration of RabbitMQ listener invocations"),
            Map.entry("spring.rabbit.listener.active", "RabbitMQ listener invocations in progress"),
            Map.entry("spring.cloud.gateway.requests", "Duration of requests routed by the gateway, by route"),
            Map.entry("spring.cloud.gateway.routes", "Routes the gateway has"),
            Map.entry("tasks.scheduled.execution", "Duration of scheduled task executions"),
            Map.entry("tasks.scheduled.execution.active", "Scheduled task executions in progress"));

    @Override
    public MeterFilterReply accept(Meter.Id id) {
        String unit = id.getBaseUnit();
        return ("ms".equals(unit) || "ns".equals(unit) || "us".equals(unit)) ? MeterFilterReply.DENY
                : MeterFilterReply.NEUTRAL;
    }

    @Override
    public Meter.Id map(Meter.Id id) {
        String name = (id.getType() == Meter.Type.GAUGE) ? RENAMED_GAUGES.getOrDefault(id.getName(), id.getName())
                : id.getName();
        String description = (id.getDescription() != null && !id.getDescription().isBlank()) ? id.getDescription()
                : describe(name);
        List<Tag> tags = new ArrayList<>();
        boolean renamedTag = false;
        for (Tag tag : id.getTagsAsIterable()) {
            String key = snakeCase(tag.getKey());
            renamedTag |= !key.equals(tag.getKey());
            tags.add(Tag.of(key, tag.getValue()));
        }
        if (name.equals(id.getName()) && description.equals(id.getDescription()) && !renamedTag) {
            return id;
        }
        return new Meter.Id(name, Tags.of(tags), id.getBaseUnit(), description, id.getType());
    }

    /** {@code routeId} becomes {@code route_id}, {@code httpStatusCode} {@code http_status_code}. */
    static String snakeCase(String key) {
        StringBuilder snake = new StringBuilder(key.length() + 4);
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0 && key.charAt(i - 1) != '_' && key.charAt(i - 1) != '.') {
                    snake.append('_');
                }
                snake.append(Character.toLowerCase(c));
            }
            else {
                snake.append(c);
            }
        }
        return snake.toString();
    }

    private static String describe(String name) {
        String known = DESCRIPTIONS.get(name);
        if (known != null) {
            return known;
        }
        if (name.startsWith("rabbitmq.")) {
            return "RabbitMQ client " + name.substring("rabbitmq.".length()).replace('.', ' ');
        }
        return Objects.requireNonNull(name).replace('.', ' ');
    }
}
