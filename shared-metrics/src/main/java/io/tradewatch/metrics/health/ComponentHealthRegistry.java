package io.tradewatch.metrics.health;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import io.tradewatch.metrics.MeterFactory;

import static io.tradewatch.metrics.catalog.MetricCatalog.COMPONENT_HEALTH_SCORE;

/** The service's components and their scores, each exported as {@code trading_component_health_score}. */
public final class ComponentHealthRegistry {

    private final Map<String, ComponentHealth> components = new ConcurrentHashMap<>();

    private final MeterFactory meters;

    private final long activityWindowNanos;

    private final int windowSlots;

    /**
     * @param activityWindow how recent the last activity must be for full activity marks
     * @param errorWindow how far back the error rate looks
     * @param refreshInterval how often {@link #refresh()} is called
     */
    public ComponentHealthRegistry(MeterFactory meters, Duration activityWindow, Duration errorWindow,
            Duration refreshInterval) {
        this.meters = meters;
        this.activityWindowNanos = activityWindow.toNanos();
        this.windowSlots = (int) Math.max(1, errorWindow.toNanos() / refreshInterval.toNanos());
    }

    /** The component of this name, created and exported on first use. */
    public ComponentHealth component(String name) {
        return components.computeIfAbsent(name, this::create);
    }

    /** Recomputes every score. */
    public void refresh() {
        components.values().forEach(component -> component.refresh(activityWindowNanos));
    }

    /** Every component's snapshot, by name. */
    public Map<String, ComponentHealth.Snapshot> snapshots() {
        Map<String, ComponentHealth.Snapshot> snapshots = new TreeMap<>();
        components.forEach((name, component) -> snapshots.put(name, component.snapshot()));
        return snapshots;
    }

    /** DOWN if any component is down, UP if any is known, otherwise UNKNOWN. */
    public ComponentStatus overall() {
        ComponentStatus overall = ComponentStatus.UNKNOWN;
        for (ComponentHealth component : components.values()) {
            ComponentStatus status = component.status();
            if (status == ComponentStatus.DOWN) {
                return ComponentStatus.DOWN;
            }
            if (status != ComponentStatus.UNKNOWN) {
                overall = ComponentStatus.UP;
            }
        }
        return overall;
    }

    private ComponentHealth create(String name) {
        ComponentHealth component = new ComponentHealth(name, windowSlots);
        String tag = meters.admit(COMPONENT_HEALTH_SCORE, "component", name);
        if (tag.equals(name)) {
            meters.gauge(COMPONENT_HEALTH_SCORE, component, ComponentHealth::score, "component", tag);
        }
        return component;
    }
}
