package io.tradewatch.risk.domain.rules;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * Limits as someone wrote them (a request body or configuration), before validation: any field may be
 * missing or out of range. {@link LimitsValidator} turns a draft into {@link RiskLimits} or names every
 * bad field.
 */
public record LimitsDraft(@Nullable Map<String, @Nullable SymbolDraft> symbols, @Nullable BigDecimal maxOrderNotional,
        @Nullable BigDecimal maxGrossExposure, @Nullable Integer maxOpenOrders, @Nullable BigDecimal dailyLossLimit,
        @Nullable BigDecimal drawdownWarning, @Nullable BigDecimal maxDrawdown) {

    /** One symbol's limits as written. */
    public record SymbolDraft(@Nullable Boolean tradable, @Nullable BigDecimal maxOrderQuantity,
            @Nullable BigDecimal maxPosition) {
    }

    /** The draft of limits that are already valid, for writing them back out. */
    public static LimitsDraft of(RiskLimits limits) {
        Map<String, @Nullable SymbolDraft> symbols = new TreeMap<>();
        limits.symbols().forEach((symbol, l) -> symbols.put(symbol,
                new SymbolDraft(l.tradable(), l.maxOrderQuantity(), l.maxPosition())));
        return new LimitsDraft(symbols, limits.maxOrderNotional(), limits.maxGrossExposure(), limits.maxOpenOrders(),
                limits.dailyLossLimit(), limits.drawdownWarning(), limits.maxDrawdown());
    }
}
