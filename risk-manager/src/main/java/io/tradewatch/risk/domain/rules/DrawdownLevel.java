package io.tradewatch.risk.domain.rules;

/** How far drawdown has gone: below the warning threshold, above it, or above the maximum. */
public enum DrawdownLevel {
    NONE, WARNING, CRITICAL;

    public static DrawdownLevel of(RiskLimits limits, RiskState state) {
        if (state.drawdownAbove(limits.maxDrawdown())) {
            return CRITICAL;
        }
        return state.drawdownAbove(limits.drawdownWarning()) ? WARNING : NONE;
    }

    /** The level stored by the scripts: 0, 1 or 2. */
    public static DrawdownLevel ofCode(int code) {
        return values()[Math.max(0, Math.min(code, 2))];
    }
}
