package io.tradewatch.risk.domain.rules;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static io.tradewatch.risk.domain.rules.TestStates.TODAY;
import static io.tradewatch.risk.domain.rules.TestStates.book;
import static io.tradewatch.risk.domain.rules.TestStates.buy;
import static io.tradewatch.risk.domain.rules.TestStates.flat;
import static io.tradewatch.risk.domain.rules.TestStates.limits;
import static io.tradewatch.risk.domain.rules.TestStates.sell;
import static io.tradewatch.risk.domain.rules.TestStates.state;
import static org.assertj.core.api.Assertions.assertThat;

class RiskRulesTests {

    private static List<Rule> failed(OrderCheck order, RiskState state) {
        return RiskRules.evaluate(order, limits(), state, TODAY).stream().map(Violation::rule).toList();
    }

    @Test
    void anOrderWithinEveryLimitPasses() {
        assertThat(RiskRules.evaluate(buy("BTCUSDT", "1", "60000.00"), limits(), flat(), TODAY)).isEmpty();
    }

    @Test
    void theKillSwitchRejectsEveryOrder() {
        RiskState engaged = state(true, Map.of(), "0.00", 0, "0.00", "100000.00");
        List<Violation> violations = RiskRules.evaluate(buy("BTCUSDT", "1", "1.00"), limits(), engaged, TODAY);
        assertThat(violations).extracting(Violation::rule).containsExactly(Rule.KILL_SWITCH);
        assertThat(violations.get(0).value()).hasToString("1");
        assertThat(violations.get(0).threshold()).hasToString("0");
    }

    @Test
    void aCatalogSymbolWithoutPerSymbolLimitsTradesUnderTheGlobalLimits() {
        assertThat(failed(buy("XYZUSDT", "1", "1.00"), flat())).isEmpty();
        assertThat(failed(buy("XYZUSDT", "1", "100000.01"), flat())).containsExactly(Rule.MAX_ORDER_NOTIONAL);
    }

    @Test
    void aHaltedSymbolIsNotTradableNamingTheLimitThatRefusedIt() {
        List<Violation> violations = RiskRules.evaluate(buy("HALTUSDT", "1", "1.00"), limits(), flat(), TODAY);
        assertThat(violations).extracting(Violation::rule).containsExactly(Rule.SYMBOL_TRADABLE);
        assertThat(violations.get(0).message())
            .isEqualTo("SYMBOL_NOT_TRADABLE: HALTUSDT is not tradable: limits.symbols.HALTUSDT.tradable is false");
    }

    @Test
    void aSymbolTheCatalogDoesNotLetTradeIsNotTradableWhateverItsLimits() {
        List<Violation> violations = RiskRules.evaluate(buy("BTCUSDT", "1", "1.00"), limits(), flat(), TODAY, false);
        assertThat(violations).extracting(Violation::rule).containsExactly(Rule.SYMBOL_TRADABLE);
        assertThat(violations.get(0).message()).isEqualTo("SYMBOL_NOT_TRADABLE: BTCUSDT is not tradable: the"
                + " instrument catalog (tradewatch.instruments) does not list it as tradable");
    }

    @Test
    void orderQuantityPassesAtItsMaximumAndFailsOneUnitAbove() {
        assertThat(failed(buy("BTCUSDT", "2.00000000", "1.00"), flat())).isEmpty();
        List<Violation> violations = RiskRules.evaluate(buy("BTCUSDT", "2.00000001", "1.00"), limits(), flat(), TODAY);
        assertThat(violations).extracting(Violation::rule).containsExactly(Rule.MAX_ORDER_QUANTITY);
        assertThat(violations.get(0).value()).hasToString("2.00000001");
        assertThat(violations.get(0).threshold()).hasToString("2.00000000");
    }

    @Test
    void orderNotionalPassesAtItsMaximumAndFailsOneCentAbove() {
        assertThat(failed(buy("BTCUSDT", "1", "100000.00"), flat())).isEmpty();
        assertThat(failed(buy("BTCUSDT", "1", "100000.01"), flat())).containsExactly(Rule.MAX_ORDER_NOTIONAL);
    }

    @Test
    void positionCountsOpenOrdersOnTheSameSide() {
        RiskState pending = state(false, Map.of("BTCUSDT", book("BTCUSDT", "2", "1", "0", "0.00", "0.00")), "0.00", 1,
                "0.00", "100000.00");
        assertThat(failed(buy("BTCUSDT", "2", "1.00"), pending)).isEmpty();
        assertThat(failed(buy("BTCUSDT", "2.00000001", "1.00"), pending)).contains(Rule.MAX_POSITION);
    }

    @Test
    void aShortPositionIsLimitedLikeALongOne() {
        RiskState shortTwo = state(false, Map.of("BTCUSDT", book("BTCUSDT", "-2", "0", "1", "0.00", "0.00")), "0.00",
                1, "0.00", "100000.00");
        assertThat(failed(sell("BTCUSDT", "2", "1.00"), shortTwo)).isEmpty();
        assertThat(failed(sell("BTCUSDT", "2.00000001", "1.00"), shortTwo)).contains(Rule.MAX_POSITION);
    }

    @Test
    void grossExposureCountsMarkedPositionsReservationsAndTheOrder() {
        RiskState exposed = state(false, Map.of("BTCUSDT", book("BTCUSDT", "1", "0", "0", "0.00", "150000.00")),
                "50000.00", 1, "0.00", "100000.00");
        assertThat(failed(buy("BTCUSDT", "0.1", "50000.00"), exposed)).isEmpty();
        List<Violation> violations = RiskRules.evaluate(buy("BTCUSDT", "0.1", "50000.01"), limits(), exposed, TODAY);
        assertThat(violations).extracting(Violation::rule).containsExactly(Rule.MAX_GROSS_EXPOSURE);
        assertThat(violations.get(0).value()).hasToString("250000.01");
    }

    @Test
    void anOrderThatOnlyReducesAPositionPassesAboveTheExposureLimit() {
        RiskState over = state(false, Map.of("BTCUSDT", book("BTCUSDT", "3", "0", "0", "0.00", "300000.00")), "0.00",
                0, "0.00", "100000.00");
        OrderCheck reduce = sell("BTCUSDT", "1", "100000.00");
        assertThat(failed(reduce, over)).isEmpty();
        assertThat(RiskRules.reservedExposure(reduce, over)).isZero();
        assertThat(failed(buy("BTCUSDT", "0.1", "10000.00"), over)).contains(Rule.MAX_GROSS_EXPOSURE);
    }

    @Test
    void openOrdersPassUpToTheMaximumIncludingThisOne() {
        assertThat(failed(buy("BTCUSDT", "0.1", "1.00"), state(false, Map.of(), "0.00", 2, "0.00", "100000.00")))
            .isEmpty();
        List<Violation> violations = RiskRules.evaluate(buy("BTCUSDT", "0.1", "1.00"), limits(),
                state(false, Map.of(), "0.00", 3, "0.00", "100000.00"), TODAY);
        assertThat(violations).extracting(Violation::rule).containsExactly(Rule.MAX_OPEN_ORDERS);
        assertThat(violations.get(0).value()).hasToString("4");
        assertThat(violations.get(0).threshold()).hasToString("3");
    }

    @Test
    void dailyLossPassesAtTheLimitAndFailsOneCentAbove() {
        assertThat(failed(buy("BTCUSDT", "0.1", "1.00"), state(false, Map.of(), "0.00", 0, "-5000.00", "100000.00")))
            .isEmpty();
        assertThat(failed(buy("BTCUSDT", "0.1", "1.00"), state(false, Map.of(), "0.00", 0, "-5000.01", "100000.00")))
            .containsExactly(Rule.DAILY_LOSS);
    }

    @Test
    void aNewDayStartsFromTheCurrentEquity() {
        RiskState yesterday = new RiskState(false, Map.of(), TestStates.d("0.00"), 0, TestStates.d("100000.00"),
                TestStates.d("-6000.00"), TestStates.d("100000.00"), "2026-03-01", TestStates.d("100000.00"));
        assertThat(yesterday.dailyLoss(TODAY)).isZero();
        assertThat(yesterday.dailyLoss("2026-03-01")).isEqualByComparingTo("6000.00");
    }

    @Test
    void drawdownPassesAtTheMaximumAndFailsOneCentAboveWithTheValueRoundedUp() {
        RiskLimits limits = limits();
        RiskLimits looseLoss = new RiskLimits(limits.symbols(), limits.maxOrderNotional(), limits.maxGrossExposure(),
                3, TestStates.d("50000.00"), limits.drawdownWarning(), limits.maxDrawdown());
        RiskState atMax = state(false, Map.of(), "0.00", 0, "-10000.00", "100000.00");
        RiskState above = state(false, Map.of(), "0.00", 0, "-10000.01", "100000.00");
        assertThat(RiskRules.evaluate(buy("BTCUSDT", "0.1", "1.00"), looseLoss, atMax, TODAY)).isEmpty();
        List<Violation> violations = RiskRules.evaluate(buy("BTCUSDT", "0.1", "1.00"), looseLoss, above, TODAY);
        assertThat(violations).extracting(Violation::rule).containsExactly(Rule.MAX_DRAWDOWN);
        assertThat(violations.get(0).value()).hasToString("0.100001");
        assertThat(violations.get(0).threshold()).hasToString("0.1000");
        assertThat(DrawdownLevel.of(looseLoss, atMax)).isEqualTo(DrawdownLevel.WARNING);
        assertThat(DrawdownLevel.of(looseLoss, above)).isEqualTo(DrawdownLevel.CRITICAL);
    }

    @Test
    void everyFailedRuleIsReportedInRuleOrder() {
        RiskState bad = state(true, Map.of(), "249999.00", 3, "-20000.00", "100000.00");
        assertThat(failed(buy("BTCUSDT", "6", "100000.01"), bad)).containsExactly(Rule.KILL_SWITCH,
                Rule.MAX_ORDER_QUANTITY, Rule.MAX_ORDER_NOTIONAL, Rule.MAX_POSITION, Rule.MAX_GROSS_EXPOSURE,
                Rule.MAX_OPEN_ORDERS, Rule.DAILY_LOSS, Rule.MAX_DRAWDOWN);
    }

    @Test
    void limitUsageIsClampedBetweenZeroAndOne() {
        RiskState half = state(false, Map.of("BTCUSDT", book("BTCUSDT", "2", "0.5", "0", "0.00", "125000.00")),
                "0.00", 1, "0.00", "100000.00");
        Map<Rule, Double> usage = LimitUsage.of(limits(), half, TODAY);
        assertThat(usage.get(Rule.MAX_GROSS_EXPOSURE)).isEqualTo(0.5);
        assertThat(usage.get(Rule.MAX_POSITION)).isEqualTo(0.5);
        assertThat(usage.get(Rule.MAX_OPEN_ORDERS)).isCloseTo(1.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(usage.get(Rule.DAILY_LOSS)).isZero();
        RiskState blown = state(true, Map.of("BTCUSDT", book("BTCUSDT", "9", "0", "0", "0.00", "0.00")), "900000.00",
                9, "-90000.00", "100000.00");
        assertThat(LimitUsage.of(limits(), blown, TODAY).values()).allMatch(ratio -> ratio == 1.0);
    }
}
