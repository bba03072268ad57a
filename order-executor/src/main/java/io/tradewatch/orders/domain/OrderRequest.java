package io.tradewatch.orders.domain;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/** What a client or a signal asks for, already validated: the order's own fields. */
public record OrderRequest(String symbol, Side side, OrderType type, BigDecimal quantity,
        @Nullable BigDecimal limitPrice, TimeInForce timeInForce, @Nullable String clientOrderId) {

    /** A canonical text of the request, so that two requests asking for the same order compare equal. */
    public String canonical() {
        return String.join("|", symbol, side.name(), type.name(), quantity.stripTrailingZeros().toPlainString(),
                (limitPrice != null) ? limitPrice.stripTrailingZeros().toPlainString() : "-", timeInForce.name(),
                (clientOrderId != null) ? clientOrderId : "-");
    }
}
