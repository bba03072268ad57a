package io.tradewatch.risk.domain.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The pre-trade rules, evaluated in their fixed order; every failed rule is reported, not only the first.
 * {@code check-and-reserve.lua} applies exactly these rules inside Redis, where the check and the
 * reservation happen in one atomic step; a test keeps the two in agreement.
 */
public final class RiskRules {

    private RiskRules() {
    }

    /** Every rule an order for a symbol the instrument catalog lists as tradable fails, in rule order. */
    public static List<Violation> evaluate(OrderCheck order, RiskLimits limits, RiskState state, String today) {
        return evaluate(order, limits, state, today, true);
    }

    /**
     * Every rule the order fails, in rule order; empty when it may be approved. A symbol trades under the
     * global limits when the instrument catalog lists it as tradable ({@code catalogTradable}) unless its
     * per-symbol limits say it is not tradable.
     */
    public static List<Violation> evaluate(OrderCheck order, RiskLimits limits, RiskState state, String today,
            boolean catalogTradable) {
        List<Violation> violations = new ArrayList<>();
        String symbol = order.symbol();
        SymbolLimits symbolLimits = limits.symbol(symbol);
        if (state.killSwitch()) {
            violations.add(Violation.of(Rule.KILL_SWITCH, 1, 0, symbol));
        }
        if (!catalogTradable) {
            violations.add(Violation.notTradableInCatalog(symbol));
        }
        else if (symbolLimits != null && !symbolLimits.tradable()) {
            violations.add(Violation.of(Rule.SYMBOL_TRADABLE, 0, 1, symbol));
        }
        if (symbolLimits != null) {
            above(violations, Rule.MAX_ORDER_QUANTITY, order.quantity(), symbolLimits.maxOrderQuantity(), symbol);
        }
        above(violations, Rule.MAX_ORDER_NOTIONAL, order.notional(), limits.maxOrderNotional(), symbol);
        SymbolBook book = state.book(symbol);
        if (symbolLimits != null) {
            above(violations, Rule.MAX_POSITION, book.projectedPosition(order.side(), order.quantity()),
                    symbolLimits.maxPosition(), symbol);
        }
        BigDecimal added = reservedExposure(order, state);
        if (added.signum() > 0) {
            above(violations, Rule.MAX_GROSS_EXPOSURE, state.grossExposure().add(added), limits.maxGrossExposure(),
                    symbol);
        }
        above(violations, Rule.MAX_OPEN_ORDERS, BigDecimal.valueOf(state.openOrders() + 1L),
                BigDecimal.valueOf(limits.maxOpenOrders()), symbol);
        above(violations, Rule.DAILY_LOSS, state.dailyLoss(today), limits.dailyLossLimit(), symbol);
        if (state.drawdownAbove(limits.maxDrawdown())) {
            violations.add(Violation.of(Rule.MAX_DRAWDOWN, Units.toUnits(state.drawdown(), Units.DRAWDOWN),
                    Units.toUnits(limits.maxDrawdown(), Units.RATIO), symbol));
        }
        return List.copyOf(violations);
    }

    /** The exposure an approved order reserves: its notional, or nothing when it only reduces a position. */
    public static BigDecimal reservedExposure(OrderCheck order, RiskState state) {
        return state.book(order.symbol()).isReducedBy(order.side(), order.quantity())
                ? BigDecimal.ZERO.setScale(Units.USD) : order.notional();
    }

    private static void above(List<Violation> violations, Rule rule, BigDecimal value, BigDecimal threshold,
            String symbol) {
        if (value.compareTo(threshold) > 0) {
            violations.add(Violation.of(rule, Units.toUnits(value, rule.valueScale()),
                    Units.toUnits(threshold, rule.thresholdScale()), symbol));
        }
    }
}
