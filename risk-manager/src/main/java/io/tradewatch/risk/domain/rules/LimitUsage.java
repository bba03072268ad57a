package io.tradewatch.risk.domain.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.EnumMap;
import java.util.Map;

/**
 * How much of each account-wide limit is in use, 0 to 1 (clamped), so alerts can warn before a breach.
 * Limits that concern a single order (symbol, quantity, notional) have no standing usage and are not
 * included here.
 */
public final class LimitUsage {

    private LimitUsage() {
    }

    public static Map<Rule, Double> of(RiskLimits limits, RiskState state, String today) {
        Map<Rule, Double> usage = new EnumMap<>(Rule.class);
        usage.put(Rule.KILL_SWITCH, state.killSwitch() ? 1.0 : 0.0);
        usage.put(Rule.MAX_POSITION, positionUsage(limits, state));
        usage.put(Rule.MAX_GROSS_EXPOSURE, ratio(state.grossExposure(), limits.maxGrossExposure()));
        usage.put(Rule.MAX_OPEN_ORDERS,
                ratio(BigDecimal.valueOf(state.openOrders()), BigDecimal.valueOf(limits.maxOpenOrders())));
        usage.put(Rule.DAILY_LOSS, ratio(state.dailyLoss(today), limits.dailyLossLimit()));
        usage.put(Rule.MAX_DRAWDOWN, ratio(state.drawdown(), limits.maxDrawdown()));
        return usage;
    }

    private static double positionUsage(RiskLimits limits, RiskState state) {
        double highest = 0;
        for (SymbolBook book : state.books().values()) {
            SymbolLimits symbolLimits = limits.symbol(book.symbol());
            if (symbolLimits != null) {
                BigDecimal zero = BigDecimal.ZERO;
                BigDecimal worst = book.projectedPosition(Side.BUY, zero).max(book.projectedPosition(Side.SELL, zero));
                highest = Math.max(highest, ratio(worst, symbolLimits.maxPosition()));
            }
        }
        return highest;
    }

    static double ratio(BigDecimal value, BigDecimal limit) {
        if (limit.signum() <= 0) {
            return 0;
        }
        double ratio = value.divide(limit, MathContext.DECIMAL64).doubleValue();
        return Math.max(0, Math.min(1, ratio));
    }
}
