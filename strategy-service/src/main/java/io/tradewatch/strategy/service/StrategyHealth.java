package io.tradewatch.strategy.service;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import io.tradewatch.metrics.health.ComponentHealth;
import io.tradewatch.metrics.health.ComponentHealthRegistry;
import io.tradewatch.strategy.domain.StrategyDefinition;
import io.tradewatch.strategy.domain.SymbolBook;
import io.tradewatch.strategy.domain.SymbolStrategy;

import org.springframework.stereotype.Component;

/**
 * One health component per strategy, {@code strategy.<id>}: UP while enabled, DEGRADED when disabled or
 * deleted; each published signal is a success and each lost one a failure (see the messaging {@code SignalPublisher});
 * evaluation counts as activity, checked on the refresh schedule rather than on every tick.
 */
@Component
public class StrategyHealth {

    private final ComponentHealthRegistry registry;

    private final LiveEngine engine;

    private final Set<String> known = new HashSet<>();

    private final Map<String, Long> updatesSeen = new HashMap<>();

    StrategyHealth(ComponentHealthRegistry registry, LiveEngine engine) {
        this.registry = registry;
        this.engine = engine;
    }

    public static String component(String strategyId) {
        return "strategy." + strategyId;
    }

    /** Sets every strategy's status from its definition; called on the refresh thread after a change. */
    public synchronized void definitionsChanged(Collection<StrategyDefinition> definitions) {
        Set<String> present = new HashSet<>();
        for (StrategyDefinition definition : definitions) {
            present.add(definition.id());
            ComponentHealth health = registry.component(component(definition.id()));
            if (definition.enabled()) {
                health.up();
            }
            else {
                health.degraded("disabled");
            }
        }
        known.stream().filter(id -> !present.contains(id))
            .forEach(id -> registry.component(component(id)).degraded("deleted"));
        known.addAll(present);
    }

    /** Marks strategies that evaluated anything since the last call as active. */
    public synchronized void recordActivity() {
        Map<String, Long> updates = new HashMap<>();
        for (SymbolBook book : engine.books()) {
            for (SymbolStrategy strategy : book.strategies()) {
                updates.merge(strategy.definition().id(), strategy.updates(), Long::sum);
            }
        }
        updates.forEach((id, count) -> {
            Long before = updatesSeen.put(id, count);
            if (before == null || before.longValue() != count) {
                registry.component(component(id)).active();
            }
        });
    }
}
