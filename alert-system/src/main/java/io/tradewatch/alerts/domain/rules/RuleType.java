package io.tradewatch.alerts.domain.rules;

import java.util.Locale;
import java.util.Optional;

import io.tradewatch.alerts.domain.AlertKind;

/**
 * The conditions a rule can watch. On the wire in lower case: {@code price_above}, {@code price_below},
 * {@code percent_move}, {@code drawdown_above}, {@code pnl_below}, {@code feed_stale}.
 */
public enum RuleType {

    PRICE_ABOVE, PRICE_BELOW, PERCENT_MOVE, DRAWDOWN_ABOVE, PNL_BELOW, FEED_STALE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public AlertKind kind() {
        return switch (this) {
            case PRICE_ABOVE, PRICE_BELOW -> AlertKind.PRICE_CROSS;
            case PERCENT_MOVE -> AlertKind.PERCENT_MOVE;
            case DRAWDOWN_ABOVE -> AlertKind.DRAWDOWN;
            case PNL_BELOW -> AlertKind.PNL;
            case FEED_STALE -> AlertKind.FEED_STALE;
        };
    }

    /** Whether the rule watches one symbol's ticks ({@code feed_stale} may, the portfolio rules may not). */
    public SymbolUse symbolUse() {
        return switch (this) {
            case PRICE_ABOVE, PRICE_BELOW, PERCENT_MOVE -> SymbolUse.REQUIRED;
            case FEED_STALE -> SymbolUse.OPTIONAL;
            case DRAWDOWN_ABOVE, PNL_BELOW -> SymbolUse.NONE;
        };
    }

    public static Optional<RuleType> parse(String value) {
        for (RuleType type : values()) {
            if (type.wireName().equalsIgnoreCase(value.trim())) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** How a rule type uses the {@code symbol} field. */
    public enum SymbolUse { REQUIRED, OPTIONAL, NONE }
}
