package io.tradewatch.strategy.domain;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;


/** The strategies created on the first start, one of each type, so the suite trades out of the box. */
public final class DefaultDefinitions {

    static final List<DefinitionDraft> DRAFTS = List.of(
            new DefinitionDraft("ma-crossover-default", "ma_crossover", List.of("BTCUSDT", "ETHUSDT"),
                    Map.of("fast", 10, "slow", 30, "average", "sma"), "1000", "PT1M", true),
            new DefinitionDraft("rsi-reversion-default", "rsi_mean_reversion", List.of("BTCUSDT", "ETHUSDT", "SOLUSDT"),
                    Map.of("period", 14, "oversold", 30, "overbought", 70), "500", "PT2M", true),
            new DefinitionDraft("bollinger-breakout-default", "bollinger_breakout", List.of("BTCUSDT", "SOLUSDT"),
                    Map.of("period", 20, "k", 2.0), "750", "PT2M", true));

    private DefaultDefinitions() {
    }

    public static List<StrategyDefinition> definitions() {
        return definitions(symbol -> true);
    }

    /**
     * The default strategies on those of their symbols the instrument catalog lists ({@code listed}); a
     * default left without any symbol is not created.
     */
    public static List<StrategyDefinition> definitions(Predicate<String> listed) {
        return DRAFTS.stream()
            .map(draft -> new DefinitionDraft(draft.id(), draft.type(),
                    draft.symbols().stream().filter(symbol -> symbol != null && listed.test(symbol)).toList(),
                    draft.parameters(), draft.notional(), draft.cooldown(), draft.enabled()))
            .filter(draft -> !draft.symbols().isEmpty())
            .map(draft -> switch (DefinitionValidator.validate(draft, null)) {
                case DefinitionValidator.Valid valid -> valid.definition();
                case DefinitionValidator.Invalid invalid -> throw new IllegalStateException(
                        "A default strategy is invalid: " + invalid.problems());
            })
            .toList();
    }
}
