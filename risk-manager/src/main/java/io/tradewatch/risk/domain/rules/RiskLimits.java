package io.tradewatch.risk.domain.rules;

import java.math.BigDecimal;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The account's risk limits, validated and at their fixed scales. A limit is the largest allowed value:
 * a check fails when the value it measures is strictly above the threshold. Drawdown thresholds are
 * ratios of the equity peak; {@code drawdownWarning} only raises a warning, {@code maxDrawdown} rejects.
 */
public record RiskLimits(Map<String, SymbolLimits> symbols, BigDecimal maxOrderNotional, BigDecimal maxGrossExposure,
        int maxOpenOrders, BigDecimal dailyLossLimit, BigDecimal drawdownWarning, BigDecimal maxDrawdown) {

    public RiskLimits {
        symbols = Map.copyOf(symbols);
    }

    /** The limits of a symbol, or null when the symbol has none (and so trades under the global limits only). */
    public @Nullable SymbolLimits symbol(String symbol) {
        return symbols.get(symbol);
    }
}
