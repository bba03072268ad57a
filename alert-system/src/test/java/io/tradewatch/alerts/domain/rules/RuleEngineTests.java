package io.tradewatch.alerts.domain.rules;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.tradewatch.alerts.domain.AlertStatus;
import io.tradewatch.alerts.domain.ChannelTarget;
import io.tradewatch.alerts.domain.Severity;

import static org.assertj.core.api.Assertions.assertThat;

class RuleEngineTests {

    private static final Instant T0 = Instant.parse("2025-03-14T09:00:00Z");

    private final RuleEngine engine = new RuleEngine(100);

    @Test
    void aPriceRuleFiresOnceWhileTheConditionHoldsAndResolvesWhenItClears() {
        engine.replaceRules(List.of(rule("r1", RuleType.PRICE_ABOVE, "BTCUSDT", "100", null)), T0);
        List<RuleTransition> transitions = new ArrayList<>();

        for (String price : List.of("99", "101", "102", "150", "100", "99.99")) {
            transitions.addAll(engine.onPrice("BTCUSDT", new BigDecimal(price), T0, T0));
        }

        assertThat(transitions).extracting(RuleTransition::status).containsExactly(AlertStatus.FIRING, AlertStatus.RESOLVED);
        assertThat(transitions.get(0).value()).isEqualByComparingTo("101");
        assertThat(transitions.get(1).value()).isEqualByComparingTo("100");
        assertThat(engine.onPrice("ETHUSDT", new BigDecimal("1000"), T0, T0)).isEmpty();
    }

    @Test
    void aPriceBelowRuleFiresUnderTheThreshold() {
        engine.replaceRules(List.of(rule("r1", RuleType.PRICE_BELOW, "BTCUSDT", "100", null)), T0);

        assertThat(engine.onPrice("BTCUSDT", new BigDecimal("100"), T0, T0)).isEmpty();
        assertThat(engine.onPrice("BTCUSDT", new BigDecimal("99.5"), T0, T0)).extracting(RuleTransition::status)
            .containsExactly(AlertStatus.FIRING);
    }

    @Test
    void aPercentMoveFiresWhenThePriceMovedFarEnoughWithinTheWindowOnly() {
        engine.replaceRules(List.of(rule("r1", RuleType.PERCENT_MOVE, "BTCUSDT", "5", Duration.ofMinutes(1))), T0);

        assertThat(engine.onPrice("BTCUSDT", new BigDecimal("100"), T0, T0)).isEmpty();
        assertThat(engine.onPrice("BTCUSDT", new BigDecimal("104"), T0.plusSeconds(30), T0)).isEmpty();
        List<RuleTransition> up = engine.onPrice("BTCUSDT", new BigDecimal("105.5"), T0.plusSeconds(40), T0);
        assertThat(up).extracting(RuleTransition::status).containsExactly(AlertStatus.FIRING);
        assertThat(up.get(0).value()).isEqualByComparingTo("5.5");
        // two minutes on, the low of 100 left the window: 105.5 -> 106 is no move
        assertThat(engine.onPrice("BTCUSDT", new BigDecimal("106"), T0.plusSeconds(160), T0))
            .extracting(RuleTransition::status).containsExactly(AlertStatus.RESOLVED);
    }

    @Test
    void aFallWithinTheWindowCountsAsAMove() {
        engine.replaceRules(List.of(rule("r1", RuleType.PERCENT_MOVE, "BTCUSDT", "10", Duration.ofMinutes(5))), T0);
        engine.onPrice("BTCUSDT", new BigDecimal("200"), T0, T0);

        List<RuleTransition> down = engine.onPrice("BTCUSDT", new BigDecimal("178"), T0.plusSeconds(60), T0);

        assertThat(down.get(0).value()).isEqualByComparingTo("-11");
    }

    @Test
    void theMoveWindowKeepsAtMostOneEntryPerSecondWhateverTheTickRate() {
        PercentMoveRuntime runtime = new PercentMoveRuntime(rule("r1", RuleType.PERCENT_MOVE, "BTCUSDT", "50",
                Duration.ofSeconds(60)));

        for (int i = 0; i < 100_000; i++) {
            runtime.observe("BTCUSDT", BigDecimal.valueOf(1000 + i), T0.plusMillis(i * 3L));
        }

        assertThat(runtime.windowSize()).isLessThanOrEqualTo(61);
    }

    @Test
    void drawdownAndPnlRulesFireOnObservationsAndExpireWithoutThem() {
        engine.replaceRules(List.of(rule("dd", RuleType.DRAWDOWN_ABOVE, null, "0.10", Duration.ofMinutes(15)),
                rule("pnl", RuleType.PNL_BELOW, null, "-500", Duration.ofMinutes(15))), T0);

        assertThat(engine.onDrawdown(new BigDecimal("0.12"), T0)).extracting(t -> t.rule().id()).containsExactly("dd");
        assertThat(engine.onPnl(new BigDecimal("-650"), T0)).extracting(t -> t.rule().id()).containsExactly("pnl");
        assertThat(engine.onClock(T0.plus(Duration.ofMinutes(10)))).isEmpty();
        assertThat(engine.onClock(T0.plus(Duration.ofMinutes(16)))).extracting(RuleTransition::status)
            .containsExactly(AlertStatus.RESOLVED, AlertStatus.RESOLVED);
    }

    @Test
    void aStaleFeedFiresAfterTheWindowOfSilenceAndResolvesOnTheNextTick() {
        engine.replaceRules(List.of(rule("s", RuleType.FEED_STALE, null, null, Duration.ofSeconds(30))), T0);
        engine.onPrice("BTCUSDT", new BigDecimal("1"), T0, T0);
        engine.onPrice("ETHUSDT", new BigDecimal("1"), T0, T0.plusSeconds(20));

        List<RuleTransition> stale = engine.onClock(T0.plusSeconds(31));

        assertThat(stale).extracting(RuleTransition::subject).containsExactly("BTCUSDT");
        assertThat(engine.onClock(T0.plusSeconds(32))).isEmpty();
        assertThat(engine.onPrice("BTCUSDT", new BigDecimal("1"), T0, T0.plusSeconds(33)))
            .extracting(RuleTransition::status).containsExactly(AlertStatus.RESOLVED);
    }

    @Test
    void deletingAFiringRuleResolvesItAndChangingItKeepsItsState() {
        AlertRule first = rule("r1", RuleType.PRICE_ABOVE, "BTCUSDT", "100", null);
        engine.replaceRules(List.of(first), T0);
        engine.onPrice("BTCUSDT", new BigDecimal("150"), T0, T0);

        AlertRule raised = rule("r1", RuleType.PRICE_ABOVE, "BTCUSDT", "120", null);
        assertThat(engine.replaceRules(List.of(raised), T0)).isEmpty();
        assertThat(engine.onPrice("BTCUSDT", new BigDecimal("130"), T0, T0)).isEmpty();

        assertThat(engine.replaceRules(List.of(), T0)).extracting(RuleTransition::status)
            .containsExactly(AlertStatus.RESOLVED);
    }

    @Test
    void aRevertedFiringFiresAgainOnTheNextObservation() {
        engine.replaceRules(List.of(rule("r1", RuleType.PRICE_ABOVE, "BTCUSDT", "100", null)), T0);
        RuleTransition firing = engine.onPrice("BTCUSDT", new BigDecimal("150"), T0, T0).get(0);

        engine.revert(firing);

        assertThat(engine.onPrice("BTCUSDT", new BigDecimal("151"), T0, T0)).extracting(RuleTransition::status)
            .containsExactly(AlertStatus.FIRING);
    }

    @Test
    void disabledRulesAreNotEvaluated() {
        AlertRule rule = rule("r1", RuleType.PRICE_ABOVE, "BTCUSDT", "100", null);
        AlertRule disabled = new AlertRule(rule.id(), rule.name(), rule.type(), rule.symbol(), rule.threshold(),
                rule.window(), rule.severity(), rule.channels(), rule.cooldown(), false);
        engine.replaceRules(List.of(disabled), T0);

        assertThat(engine.onPrice("BTCUSDT", new BigDecimal("150"), T0, T0)).isEmpty();
        assertThat(engine.ruleCount()).isZero();
    }

    static AlertRule rule(String id, RuleType type, String symbol, String threshold, Duration window) {
        return new AlertRule(id, id, type, symbol, (threshold != null) ? new BigDecimal(threshold) : null, window,
                Severity.WARNING, List.of(ChannelTarget.log()), Duration.ofMinutes(1), true);
    }
}
