package io.tradewatch.orders.domain;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * What was asked for: the terms an order keeps for its whole life, whoever placed it and however it ends.
 */
public record OrderTerms(String symbol, Side side, OrderType type, BigDecimal quantity, @Nullable BigDecimal limitPrice,
        TimeInForce timeInForce, OrderSource source, @Nullable String strategyId, @Nullable String clientOrderId) {

    /** The terms of a request placed by {@code source} (for a signal, on behalf of {@code strategyId}). */
    public static OrderTerms of(OrderRequest request, OrderSource source, @Nullable String strategyId) {
        return new OrderTerms(request.symbol(), request.side(), request.type(), request.quantity(),
                request.limitPrice(), request.timeInForce(), source, strategyId, request.clientOrderId());
    }
}
