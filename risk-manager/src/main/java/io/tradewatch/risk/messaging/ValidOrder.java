package io.tradewatch.risk.messaging;

import java.math.BigDecimal;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import io.tradewatch.risk.domain.rules.OrderCheck;
import io.tradewatch.risk.domain.rules.Side;

/**
 * An {@code order.requested} with every field a decision needs, and the order as the rules see it;
 * {@code quantity} and {@code notional} are the request's own decimal strings, echoed in the decision.
 */
public record ValidOrder(String eventId, String orderId, String orderType, String quantity, String notional,
        OrderCheck check) {

    /** The order, or the reason it cannot be decided (a publisher bug: the message is dead-lettered). */
    static ValidOrder of(OrderRequested request) {
        String id = required(request.id(), "id");
        String orderId = required(request.orderId(), "orderId");
        String symbol = required(request.symbol(), "symbol").toUpperCase(Locale.ROOT);
        String orderType = required(request.orderType(), "orderType");
        Side side = side(required(request.side(), "side"));
        BigDecimal quantity = request.quantity();
        if (quantity == null || quantity.signum() <= 0) {
            throw new IllegalArgumentException("quantity must be a positive decimal, was " + quantity);
        }
        BigDecimal notional = request.notional();
        if (notional == null && request.referencePrice() != null) {
            notional = quantity.multiply(request.referencePrice());
        }
        if (notional == null || notional.signum() < 0) {
            throw new IllegalArgumentException("notional (or referencePrice) must be a non-negative decimal, was "
                    + notional);
        }
        return new ValidOrder(id, orderId, orderType, quantity.toPlainString(), notional.toPlainString(),
                new OrderCheck(symbol, side, quantity, notional));
    }

    private static Side side(String side) {
        try {
            return Side.valueOf(side);
        }
        catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("side must be BUY or SELL, was " + side);
        }
    }

    private static String required(@Nullable String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }
}
