package io.tradewatch.risk.domain.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An order as the rules see it: symbol, side, quantity (base asset, 8 decimals, rounded up) and notional
 * (USD, rounded up to cents): a figure the limits are compared with is never understated.
 */
public record OrderCheck(String symbol, Side side, BigDecimal quantity, BigDecimal notional) {

    public OrderCheck {
        quantity = quantity.setScale(Units.QUANTITY, RoundingMode.UP);
        notional = notional.setScale(Units.USD, RoundingMode.UP);
    }
}
