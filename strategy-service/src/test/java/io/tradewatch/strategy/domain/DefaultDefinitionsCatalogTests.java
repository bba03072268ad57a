package io.tradewatch.strategy.domain;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The default strategies take only the symbols the instrument catalog lists. */
class DefaultDefinitionsCatalogTests {

    @Test
    void defaultsKeepOnlyCatalogSymbolsAndDropADefaultLeftWithNone() {
        Set<String> catalog = Set.of("BTCUSDT", "ETHUSDT");
        List<StrategyDefinition> defaults = DefaultDefinitions.definitions(catalog::contains);
        assertThat(defaults).extracting(StrategyDefinition::id)
            .containsExactly("ma-crossover-default", "rsi-reversion-default", "bollinger-breakout-default");
        assertThat(defaults.get(1).symbols()).containsExactly("BTCUSDT", "ETHUSDT");
        assertThat(defaults.get(2).symbols()).containsExactly("BTCUSDT");

        List<StrategyDefinition> solOnly = DefaultDefinitions.definitions(Set.of("SOLUSDT")::contains);
        assertThat(solOnly).extracting(StrategyDefinition::id)
            .containsExactly("rsi-reversion-default", "bollinger-breakout-default");
        assertThat(DefaultDefinitions.definitions(symbol -> false)).isEmpty();
    }
}
