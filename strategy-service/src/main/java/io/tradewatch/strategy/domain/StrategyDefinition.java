package io.tradewatch.strategy.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A validated strategy instance: its id, type, symbols, parameters (every parameter of the type, defaults
 * filled in), fixed position size in USD, cooldown between two signals of one symbol, and whether it runs.
 */
public record StrategyDefinition(String id, StrategyType type, List<String> symbols, Map<String, Object> parameters,
        BigDecimal notional, Duration cooldown, boolean enabled) {

    public StrategyDefinition {
        symbols = List.copyOf(symbols);
        parameters = java.util.Collections.unmodifiableMap(new TreeMap<>(parameters));
    }

    public StrategyDefinition withEnabled(boolean value) {
        return new StrategyDefinition(id, type, symbols, parameters, notional, cooldown, value);
    }

    /** The same definition apart from the enabled flag: running state can be kept across such a change. */
    public boolean sameRulesAs(StrategyDefinition other) {
        return type == other.type && parameters.equals(other.parameters) && notional.compareTo(other.notional) == 0
                && cooldown.equals(other.cooldown);
    }

    public int intParameter(String name) {
        return ((Number) parameters.get(name)).intValue();
    }

    public double doubleParameter(String name) {
        return ((Number) parameters.get(name)).doubleValue();
    }

    public String textParameter(String name) {
        return String.valueOf(parameters.get(name));
    }
}
