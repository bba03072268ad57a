package io.tradewatch.risk.domain.rules;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LimitsValidatorTests {

    private static LimitsDraft valid() {
        return LimitsDraft.of(TestStates.limits());
    }

    @Test
    void validLimitsComeBackAtTheirFixedScales() {
        LimitsValidator.Result result = LimitsValidator.validate(valid());
        assertThat(result).isInstanceOf(LimitsValidator.Valid.class);
        RiskLimits limits = ((LimitsValidator.Valid) result).limits();
        assertThat(limits.maxOrderNotional()).hasToString("100000.00");
        assertThat(limits.maxDrawdown()).hasToString("0.1000");
        assertThat(limits.symbol("BTCUSDT").maxPosition()).hasToString("5.00000000");
    }

    @Test
    void everyBadFieldIsNamedAtOnce() {
        Map<String, LimitsDraft.SymbolDraft> symbols = new LinkedHashMap<>();
        symbols.put("btc", new LimitsDraft.SymbolDraft(null, new BigDecimal("-1"), new BigDecimal("0.000000001")));
        LimitsDraft draft = new LimitsDraft(symbols, new BigDecimal("0"), null, 0, new BigDecimal("1.001"),
                new BigDecimal("0.2"), new BigDecimal("1.5"));
        LimitsValidator.Result result = LimitsValidator.validate(draft);
        assertThat(result).isInstanceOf(LimitsValidator.Invalid.class);
        assertThat(((LimitsValidator.Invalid) result).problems()).extracting(LimitProblem::field)
            .containsExactlyInAnyOrder("symbols.btc", "symbols.btc.tradable", "symbols.btc.maxOrderQuantity",
                    "symbols.btc.maxPosition", "maxOrderNotional", "maxGrossExposure", "maxOpenOrders",
                    "dailyLossLimit", "maxDrawdown");
    }

    @Test
    void theWarningMustStayBelowTheMaximumDrawdown() {
        LimitsDraft base = valid();
        LimitsDraft draft = new LimitsDraft(base.symbols(), base.maxOrderNotional(), base.maxGrossExposure(),
                base.maxOpenOrders(), base.dailyLossLimit(), new BigDecimal("0.1"), new BigDecimal("0.1"));
        assertThat(((LimitsValidator.Invalid) LimitsValidator.validate(draft)).problems())
            .extracting(LimitProblem::field)
            .containsExactly("drawdownWarning");
    }

    @Test
    void amountsAboveTheExactIntegerRangeAreRefused() {
        LimitsDraft base = valid();
        LimitsDraft draft = new LimitsDraft(base.symbols(), base.maxOrderNotional(), new BigDecimal("10000000000.01"),
                base.maxOpenOrders(), base.dailyLossLimit(), base.drawdownWarning(), base.maxDrawdown());
        assertThat(((LimitsValidator.Invalid) LimitsValidator.validate(draft)).problems())
            .extracting(LimitProblem::field)
            .containsExactly("maxGrossExposure");
    }
}
