package io.tradewatch.metrics.endpoint;

import io.tradewatch.metrics.health.ComponentHealthRegistry;


import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * Adds every component's status and score to {@code /actuator/health}; DOWN when any component is DOWN,
 * so the endpoint answers 503.
 */
public class ComponentsHealthIndicator implements HealthIndicator {

    private final ComponentHealthRegistry components;

    public ComponentsHealthIndicator(ComponentHealthRegistry components) {
        this.components = components;
    }

    @Override
    public Health health() {
        Status status = switch (components.overall()) {
            case DOWN -> Status.DOWN;
            case UP, DEGRADED -> Status.UP;
            case UNKNOWN -> Status.UNKNOWN;
        };
        return Health.status(status).withDetails(components.snapshots()).build();
    }

}
