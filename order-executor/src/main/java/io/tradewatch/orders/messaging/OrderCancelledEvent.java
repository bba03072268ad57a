package io.tradewatch.orders.messaging;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import io.tradewatch.orders.domain.CancelReason;
import io.tradewatch.orders.domain.Order;
import io.tradewatch.orders.domain.OrderType;
import io.tradewatch.orders.domain.Side;

/** {@code order.cancelled}: an approved order will not fill; {@code quantity} is the unfilled quantity released. */
public record OrderCancelledEvent(String type, UUID id, Instant occurredAt, int version, UUID orderId, String symbol,
        Side side, OrderType orderType, BigDecimal quantity, CancelReason reason, Instant cancelledAt) {

    static OrderCancelledEvent of(Order order, CancelReason reason, Instant at) {
        return new OrderCancelledEvent(MessagingTopology.ORDER_CANCELLED, Order.eventId(order.id(), "cancelled"), at, 1,
                order.id(), order.terms().symbol(), order.terms().side(), order.terms().type(), order.openQuantity(),
                reason, at);
    }
}
