package io.tradewatch.risk.domain.rules;

import java.math.BigDecimal;

/**
 * What the rules know of one symbol: the filled position (signed, base asset), the quantity reserved by
 * open buy and sell orders, and the position's unrealized P&L and exposure (|position| x mark, USD) as
 * last marked.
 */
public record SymbolBook(String symbol, BigDecimal position, BigDecimal pendingBuy, BigDecimal pendingSell,
        BigDecimal unrealized, BigDecimal exposure) {

    public static SymbolBook empty(String symbol) {
        BigDecimal zero = BigDecimal.ZERO.setScale(Units.QUANTITY);
        BigDecimal cents = BigDecimal.ZERO.setScale(Units.USD);
        return new SymbolBook(symbol, zero, zero, zero, cents, cents);
    }

    /**
     * Whether an order only reduces this position even if every open order on its side fills first: such
     * an order adds no exposure, so it needs no exposure room and reserves none.
     */
    public boolean isReducedBy(Side side, BigDecimal quantity) {
        return switch (side) {
            case BUY -> position.signum() < 0 && pendingBuy.add(quantity).compareTo(position.negate()) <= 0;
            case SELL -> position.signum() > 0 && pendingSell.add(quantity).compareTo(position) <= 0;
        };
    }

    /** The largest position this order could lead to on its side, counting every open order on that side. */
    public BigDecimal projectedPosition(Side side, BigDecimal quantity) {
        return switch (side) {
            case BUY -> position.add(pendingBuy).add(quantity);
            case SELL -> pendingSell.add(quantity).subtract(position);
        };
    }
}
