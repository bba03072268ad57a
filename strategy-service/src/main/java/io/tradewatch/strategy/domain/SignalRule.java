package io.tradewatch.strategy.domain;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The state machine of one strategy type on one symbol. Each bar updates its indicators and its state; a
 * decision is returned only when the state changes into a signalling state (a crossover, a threshold
 * crossing, a breakout), never while it stays there.
 */
public sealed interface SignalRule permits MaCrossoverRule, RsiMeanReversionRule, BollingerBreakoutRule {

    /** Feeds one bar; the decision if this bar changed the state into a signalling one. */
    @Nullable Decision update(Bar bar);

    /** Whether every indicator the rule needs has seen enough bars. */
    boolean isReady();

    /** The rule's current state, such as {@code ABOVE}, {@code OVERSOLD} or {@code UNKNOWN} while warming up. */
    String state();

    /** The rule's indicator values by name (NaN while warming up). */
    Map<String, Double> indicators();

    static SignalRule of(StrategyDefinition definition) {
        return switch (definition.type()) {
            case MA_CROSSOVER -> new MaCrossoverRule(definition.intParameter("fast"), definition.intParameter("slow"),
                    "ema".equals(definition.textParameter("average")));
            case RSI_MEAN_REVERSION -> new RsiMeanReversionRule(definition.intParameter("period"),
                    definition.doubleParameter("oversold"), definition.doubleParameter("overbought"));
            case BOLLINGER_BREAKOUT -> new BollingerBreakoutRule(definition.intParameter("period"),
                    definition.doubleParameter("k"));
        };
    }
}
