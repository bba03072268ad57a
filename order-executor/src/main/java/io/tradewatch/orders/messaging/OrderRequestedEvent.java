package io.tradewatch.orders.messaging;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.tradewatch.orders.domain.Order;
import io.tradewatch.orders.domain.OrderSource;
import io.tradewatch.orders.domain.OrderTerms;
import io.tradewatch.orders.domain.OrderType;
import io.tradewatch.orders.domain.Side;
import io.tradewatch.orders.domain.TimeInForce;

/** {@code order.requested}: an order waits for risk-manager's decision (fields as in docs/events.md). */
public record OrderRequestedEvent(String type, UUID id, Instant occurredAt, int version, UUID orderId,
        @Nullable String clientOrderId, String symbol, Side side, OrderType orderType, BigDecimal quantity,
        @Nullable BigDecimal limitPrice, TimeInForce timeInForce, @Nullable BigDecimal referencePrice,
        @Nullable BigDecimal notional, OrderSource source, @Nullable String strategyId, Instant requestedAt) {

    static OrderRequestedEvent of(Order order) {
        OrderTerms terms = order.terms();
        return new OrderRequestedEvent(MessagingTopology.ORDER_REQUESTED, order.requestEventId(), order.createdAt(), 1,
                order.id(), terms.clientOrderId(), terms.symbol(), terms.side(), terms.type(), terms.quantity(),
                terms.limitPrice(), terms.timeInForce(), order.referencePrice(), order.notional(), terms.source(),
                terms.strategyId(), order.createdAt());
    }
}
