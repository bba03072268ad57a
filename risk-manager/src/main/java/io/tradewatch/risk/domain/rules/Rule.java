package io.tradewatch.risk.domain.rules;

import java.util.Locale;

/**
 * The rules of a pre-trade check, in the order they are evaluated, with the scale of the value and the
 * threshold each reports and the severity of a breach. Rules that depend on the account's results
 * (daily loss, drawdown) are critical; rules about one order or one position are warnings.
 */
public enum Rule {
    KILL_SWITCH(0, 0, Severity.CRITICAL),
    SYMBOL_TRADABLE(0, 0, Severity.WARNING),
    MAX_ORDER_QUANTITY(Units.QUANTITY, Units.QUANTITY, Severity.WARNING),
    MAX_ORDER_NOTIONAL(Units.USD, Units.USD, Severity.WARNING),
    MAX_POSITION(Units.QUANTITY, Units.QUANTITY, Severity.WARNING),
    MAX_GROSS_EXPOSURE(Units.USD, Units.USD, Severity.WARNING),
    MAX_OPEN_ORDERS(0, 0, Severity.WARNING),
    DAILY_LOSS(Units.USD, Units.USD, Severity.CRITICAL),
    MAX_DRAWDOWN(Units.DRAWDOWN, Units.RATIO, Severity.CRITICAL);

    private final int valueScale;

    private final int thresholdScale;

    private final Severity severity;

    Rule(int valueScale, int thresholdScale, Severity severity) {
        this.valueScale = valueScale;
        this.thresholdScale = thresholdScale;
        this.severity = severity;
    }

    /** The rule's name in events: {@code max_order_quantity}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Rule fromWireName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    public int valueScale() {
        return valueScale;
    }

    public int thresholdScale() {
        return thresholdScale;
    }

    public Severity severity() {
        return severity;
    }
}
