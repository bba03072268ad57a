package io.tradewatch.strategy.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Scripted price paths produce exactly the expected signals, only on state changes and within cooldown. */
class SignalRuleTests {

    @Test
    void crossoverSignalsEachCrossAndNothingElse() {
        assertThat(signals(Paths.crossover(Duration.ZERO), Paths.CROSSOVER))
            .containsExactly("5:BUY", "9:SELL", "12:BUY", "15:SELL");
    }

    @Test
    void cooldownSuppressesASignalTooSoonAfterThePreviousOneButTheStateStillMoves() {
        StrategyDefinition definition = Paths.crossover(Duration.ofMinutes(5));
        SymbolStrategy strategy = new SymbolStrategy(definition, "TESTUSDT");
        List<String> emitted = new ArrayList<>();
        List<Bar> bars = Paths.minuteBars(Paths.CROSSOVER);
        for (int i = 0; i < bars.size(); i++) {
            Decision decision = strategy.onBar(bars.get(i));
            if (decision != null) {
                emitted.add(i + ":" + decision.side());
            }
        }
        assertThat(emitted).containsExactly("5:BUY", "12:BUY");
        assertThat(strategy.snapshot().signalsSuppressedByCooldown()).isEqualTo(2);
        assertThat(strategy.snapshot().state()).isEqualTo("BELOW");
    }

    @Test
    void crossoverStrengthIsTheGapRelativeToOnePercentOfTheSlowAverage() {
        MaCrossoverRule rule = new MaCrossoverRule(2, 4, false);
        Decision buy = null;
        for (Bar bar : Paths.minuteBars(14, 13, 12, 11, 10, 16)) {
            buy = rule.update(bar);
        }
        // fast 13, slow 12.25: |13 - 12.25| / 0.1225 > 1, capped
        assertThat(buy).isEqualTo(new Decision(Side.BUY, 1.0));
    }

    @Test
    void rsiSignalsWhenItCrossesIntoOversoldAndOverbought() {
        StrategyDefinition definition = definition(StrategyType.RSI_MEAN_REVERSION,
                Map.of("period", 2, "oversold", 30.0, "overbought", 70.0));
        // RSI(2): -, -, 100 (initial zone), 50, 25 (BUY), 12.5, 78.125 (SELL)
        assertThat(signals(definition, 10, 11, 12, 11, 10, 9, 12)).containsExactly("4:BUY", "6:SELL");
        RsiMeanReversionRule rule = new RsiMeanReversionRule(2, 30, 70);
        List<Decision> decisions = new ArrayList<>();
        for (Bar bar : Paths.minuteBars(10, 11, 12, 11, 10, 9, 12)) {
            Decision decision = rule.update(bar);
            if (decision != null) {
                decisions.add(decision);
            }
        }
        assertThat(decisions.get(0).strength()).isCloseTo((30 - 25) / 30.0, within(1e-12));
        assertThat(decisions.get(1).strength()).isCloseTo((78.125 - 70) / 30.0, within(1e-12));
    }

    @Test
    void bollingerSignalsBreakoutsAboveAndBelowTheBands() {
        StrategyDefinition definition = definition(StrategyType.BOLLINGER_BREAKOUT, Map.of("period", 3, "k", 1.0));
        // window (10, 10, 13): mean 11, sd sqrt(2), upper 12.41 < 13 -> BUY; (13, 13, 9): lower 9.78 > 9 -> SELL
        assertThat(signals(definition, 10, 10, 10, 13, 13, 9)).containsExactly("3:BUY", "5:SELL");
    }

    @Test
    void aRuleThatStartsInsideASignallingStateDoesNotSignalUntilItLeavesAndComesBack() {
        StrategyDefinition definition = definition(StrategyType.RSI_MEAN_REVERSION,
                Map.of("period", 2, "oversold", 30.0, "overbought", 70.0));
        assertThat(signals(definition, 10, 11, 12, 13, 14)).isEmpty();
    }

    @Test
    void warmingFeedsIndicatorsWithoutSignalling() {
        SymbolStrategy strategy = new SymbolStrategy(Paths.crossover(Duration.ZERO), "TESTUSDT");
        Paths.minuteBars(Paths.CROSSOVER).forEach(strategy::warm);
        SymbolStrategy.Snapshot snapshot = strategy.snapshot();
        assertThat(snapshot.lastSignalAt()).isNull();
        assertThat(snapshot.ready()).isTrue();
        assertThat(snapshot.indicators().get("fast")).isEqualTo(15.5);
        assertThat(snapshot.indicators().get("slow")).isEqualTo((25 + 22 + 16 + 15) / 4.0);
        assertThat(snapshot.updates()).isEqualTo(Paths.CROSSOVER.length);
    }

    @Test
    void aBookSkipsRepeatedAndOlderTicksButAcceptsARestartedSequenceLaterInTime() {
        SymbolBook book = new SymbolBook("TESTUSDT");
        book.replace(List.of(new SymbolStrategy(Paths.crossover(Duration.ZERO), "TESTUSDT")));
        List<Bar> bars = Paths.minuteBars(10, 11, 12, 13);
        SymbolBook.DecisionSink ignore = (strategy, decision) -> { };
        assertThat(book.evaluate(bars.get(1), 5, ignore)).isEqualTo(SymbolBook.Evaluation.EVALUATED);
        assertThat(book.evaluate(bars.get(1), 5, ignore)).isEqualTo(SymbolBook.Evaluation.DUPLICATE);
        assertThat(book.evaluate(bars.get(0), 4, ignore)).isEqualTo(SymbolBook.Evaluation.OUT_OF_ORDER);
        assertThat(book.evaluate(bars.get(2), 0, ignore)).isEqualTo(SymbolBook.Evaluation.EVALUATED);
        assertThat(book.stats().ticksEvaluated()).isEqualTo(2);
        assertThat(book.stats().lastSequence()).isZero();
    }

    private static StrategyDefinition definition(StrategyType type, Map<String, Object> parameters) {
        Map<String, Object> all = new java.util.HashMap<>(parameters);
        all.put("atrPeriod", 14);
        all.put("vwapWindow", 100);
        return new StrategyDefinition("t", type, List.of("TESTUSDT"), all, BigDecimal.TEN, Duration.ZERO, true);
    }

    private static List<String> signals(StrategyDefinition definition, double... closes) {
        SymbolStrategy strategy = new SymbolStrategy(definition, "TESTUSDT");
        List<String> emitted = new ArrayList<>();
        List<Bar> bars = Paths.minuteBars(closes);
        for (int i = 0; i < bars.size(); i++) {
            Decision decision = strategy.onBar(bars.get(i));
            if (decision != null) {
                emitted.add(i + ":" + decision.side());
            }
        }
        return emitted;
    }
}
