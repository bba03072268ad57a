package io.tradewatch.risk.domain.pnl;

import java.math.BigDecimal;
import java.math.RoundingMode;

import io.tradewatch.risk.domain.rules.Side;
import io.tradewatch.risk.domain.rules.Units;

/**
 * A position in one symbol at average cost: signed quantity (base asset, 8 decimals), average entry price
 * (8 decimals) and the realized P&L so far, net of fees (USD, cents).
 */
public record Position(BigDecimal quantity, BigDecimal averagePrice, BigDecimal realizedPnl) {

    public Position {
        quantity = Units.scaled(quantity, Units.QUANTITY);
        averagePrice = Units.scaled(averagePrice, Units.PRICE);
        realizedPnl = Units.scaled(realizedPnl, Units.USD);
    }

    public static Position flat() {
        return new Position(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    /**
     * The position after a fill: adding to it moves the average price; reducing it realizes
     * {@code closed x (price - average)} on the closed quantity; crossing zero opens the rest at the fill
     * price. The fee is always subtracted from realized P&L.
     */
    public Applied apply(Side side, BigDecimal fillQuantity, BigDecimal price, BigDecimal fee) {
        BigDecimal signed = fillQuantity.multiply(BigDecimal.valueOf(side.sign()));
        BigDecimal next = quantity.add(signed);
        BigDecimal gross = BigDecimal.ZERO;
        BigDecimal average;
        if (quantity.signum() == 0 || quantity.signum() == side.sign()) {
            average = quantity.abs().multiply(averagePrice).add(fillQuantity.multiply(price))
                .divide(next.abs(), Units.PRICE, RoundingMode.HALF_UP);
        }
        else {
            BigDecimal closed = fillQuantity.min(quantity.abs());
            gross = closed.multiply(price.subtract(averagePrice)).multiply(BigDecimal.valueOf(quantity.signum()));
            average = switch (Integer.compare(next.signum() * quantity.signum(), 0)) {
                case 1 -> averagePrice;
                case 0 -> BigDecimal.ZERO;
                default -> price;
            };
        }
        BigDecimal realized = Units.scaled(gross.subtract(fee), Units.USD);
        return new Applied(new Position(next, average, realizedPnl.add(realized)), realized);
    }

    /** Unrealized P&L at a mark price: {@code quantity x (mark - average)}, in cents. */
    public BigDecimal unrealizedAt(BigDecimal mark) {
        return Units.scaled(quantity.multiply(mark.subtract(averagePrice)), Units.USD);
    }

    /** Exposure at a mark price: {@code |quantity| x mark}, in cents. */
    public BigDecimal exposureAt(BigDecimal mark) {
        return Units.scaled(quantity.abs().multiply(mark), Units.USD);
    }

    /** A position after a fill, with the P&L that fill realized (net of its fee). */
    public record Applied(Position position, BigDecimal realized) {
    }
}
