package io.tradewatch.orders.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A symbol's position at average cost: a signed quantity (negative when short), the average price of what
 * is open, and the P&L realized so far by reducing, closing or flipping it, net of every fill's fee.
 */
public record Position(String symbol, BigDecimal quantity, BigDecimal averagePrice, BigDecimal realizedPnl) {

    public static Position flat(String symbol) {
        return new Position(symbol, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    public boolean isOpen() {
        return quantity.signum() != 0;
    }

    /**
     * The position after trading {@code quantity} at {@code price}: adding to it (or opening it) moves the
     * average cost; reducing it realizes (price - average) per unit closed, in the position's direction; a
     * trade larger than the position closes it and opens the rest the other way at {@code price}. The fill's
     * {@code fee} is always subtracted from realized P&L, so realized P&L is net of fees.
     */
    public Position apply(Side side, BigDecimal tradeQuantity, BigDecimal price, BigDecimal fee) {
        BigDecimal signed = tradeQuantity.multiply(BigDecimal.valueOf(side.sign()));
        if (quantity.signum() == 0 || quantity.signum() == signed.signum()) {
            return add(signed, price, fee);
        }
        BigDecimal closing = tradeQuantity.min(quantity.abs());
        BigDecimal realized = Decimals.even(closing.multiply(price.subtract(averagePrice))
            .multiply(BigDecimal.valueOf(quantity.signum())));
        BigDecimal remaining = tradeQuantity.subtract(closing);
        BigDecimal totalRealized = realizedPnl.add(realized).subtract(fee);
        if (remaining.signum() == 0) {
            BigDecimal left = quantity.add(signed);
            return new Position(symbol, left, (left.signum() == 0) ? BigDecimal.ZERO : averagePrice, totalRealized);
        }
        BigDecimal flipped = remaining.multiply(BigDecimal.valueOf(side.sign()));
        return new Position(symbol, flipped, Decimals.even(price), totalRealized);
    }

    /** The P&L of the open quantity marked at {@code mark}. */
    public BigDecimal unrealizedAt(BigDecimal mark) {
        return Decimals.even(quantity.multiply(mark.subtract(averagePrice)));
    }

    private Position add(BigDecimal signed, BigDecimal price, BigDecimal fee) {
        BigDecimal newQuantity = quantity.add(signed);
        BigDecimal cost = quantity.abs().multiply(averagePrice).add(signed.abs().multiply(price));
        BigDecimal average = cost.divide(newQuantity.abs(), Decimals.SCALE, RoundingMode.HALF_EVEN);
        return new Position(symbol, newQuantity, average, realizedPnl.subtract(fee));
    }
}
