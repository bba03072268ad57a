package io.tradewatch.risk.domain.rules;

import java.math.BigDecimal;

/**
 * One failed rule of a check: the value that failed it and the threshold it exceeded, at the rule's
 * scales, with a sentence for people. Built from the integer units both the rules and the Redis script
 * compare, so the two report identical text.
 */
public record Violation(Rule rule, BigDecimal value, BigDecimal threshold, String message) {

    /** The violation of a rule by an order for {@code symbol}, from integer units at the rule's scales. */
    public static Violation of(Rule rule, long valueUnits, long thresholdUnits, String symbol) {
        BigDecimal value = Units.fromUnits(valueUnits, rule.valueScale());
        BigDecimal threshold = Units.fromUnits(thresholdUnits, rule.thresholdScale());
        return new Violation(rule, value, threshold, message(rule, value, threshold, symbol));
    }

    /**
     * The violation of {@link Rule#SYMBOL_TRADABLE} by an order for {@code symbol} that the instrument catalog
     * does not list as tradable (rather than a per-symbol limit).
     */
    public static Violation notTradableInCatalog(String symbol) {
        return new Violation(Rule.SYMBOL_TRADABLE, BigDecimal.ZERO, BigDecimal.ONE,
                "SYMBOL_NOT_TRADABLE: " + symbol + " is not tradable: the instrument catalog (tradewatch.instruments)"
                        + " does not list it as tradable");
    }

    private static String message(Rule rule, BigDecimal value, BigDecimal threshold, String symbol) {
        String v = value.toPlainString();
        String t = threshold.toPlainString();
        return switch (rule) {
            case KILL_SWITCH -> "the kill switch is engaged: no new orders are accepted";
            case SYMBOL_TRADABLE -> "SYMBOL_NOT_TRADABLE: " + symbol + " is not tradable: limits.symbols." + symbol
                    + ".tradable is false";
            case MAX_ORDER_QUANTITY -> "order quantity " + v + " exceeds the maximum " + t + " for " + symbol;
            case MAX_ORDER_NOTIONAL -> "order notional " + v + " USD exceeds the maximum " + t + " USD";
            case MAX_POSITION -> "the " + symbol + " position would reach " + v
                    + " including open orders, above the maximum " + t;
            case MAX_GROSS_EXPOSURE -> "gross exposure would reach " + v + " USD, above the maximum " + t + " USD";
            case MAX_OPEN_ORDERS -> "this would be open order number " + v + ", above the maximum " + t;
            case DAILY_LOSS -> "today's loss of " + v + " USD exceeds the daily limit of " + t + " USD";
            case MAX_DRAWDOWN -> "drawdown from the equity peak is " + v + ", above the maximum " + t;
        };
    }
}
