package io.tradewatch.risk.domain;

import java.util.Map;
import java.util.TreeMap;

import io.tradewatch.risk.domain.rules.RiskLimits;

/**
 * Limits as JSON, with amounts as decimal strings: the body of {@code GET /api/risk/limits} and the value
 * stored under {@code risk:limits}, which the Redis scripts read.
 */
public record LimitsDocument(Map<String, SymbolDocument> symbols, String maxOrderNotional, String maxGrossExposure,
        int maxOpenOrders, String dailyLossLimit, String drawdownWarning, String maxDrawdown) {

    /** One symbol's limits. */
    public record SymbolDocument(boolean tradable, String maxOrderQuantity, String maxPosition) {
    }

    public static LimitsDocument of(RiskLimits limits) {
        Map<String, SymbolDocument> symbols = new TreeMap<>();
        limits.symbols().forEach((symbol, l) -> symbols.put(symbol, new SymbolDocument(l.tradable(),
                l.maxOrderQuantity().toPlainString(), l.maxPosition().toPlainString())));
        return new LimitsDocument(symbols, limits.maxOrderNotional().toPlainString(),
                limits.maxGrossExposure().toPlainString(), limits.maxOpenOrders(),
                limits.dailyLossLimit().toPlainString(), limits.drawdownWarning().toPlainString(),
                limits.maxDrawdown().toPlainString());
    }
}
