package io.tradewatch.strategy.domain;

import java.util.List;
import java.util.Map;


/**
 * A strategy definition as the API returns it and Redis stores it: type by its wire name, notional as a
 * decimal string in USD, cooldown as an ISO-8601 duration, every parameter with its effective value.
 */
public record DefinitionView(String id, String type, List<String> symbols, Map<String, Object> parameters,
        String notional, String cooldown, boolean enabled) {

    public static DefinitionView of(StrategyDefinition definition) {
        return new DefinitionView(definition.id(), definition.type().wireName(), definition.symbols(),
                definition.parameters(), definition.notional().toPlainString(), definition.cooldown().toString(),
                definition.enabled());
    }
}
