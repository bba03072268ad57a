package io.tradewatch.orders.messaging;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.tradewatch.orders.domain.Fill;
import io.tradewatch.orders.domain.Order;
import io.tradewatch.orders.domain.OrderTerms;
import io.tradewatch.orders.domain.OrderType;
import io.tradewatch.orders.domain.Side;

/** {@code order.filled}: an order was filled on paper; {@code fillId} equals {@code id}. */
public record OrderFilledEvent(String type, UUID id, Instant occurredAt, int version, UUID orderId, UUID fillId,
        String symbol, Side side, OrderType orderType, BigDecimal quantity, BigDecimal price, BigDecimal fee,
        BigDecimal notional, double slippageBps, @Nullable String strategyId, Instant filledAt) {

    static OrderFilledEvent of(Order order, Fill fill) {
        OrderTerms terms = order.terms();
        return new OrderFilledEvent(MessagingTopology.ORDER_FILLED, fill.fillId(), fill.filledAt(), 1, order.id(),
                fill.fillId(), terms.symbol(), terms.side(), terms.type(), fill.quantity(), fill.price(), fill.fee(),
                fill.notional(), fill.slippageBps(), terms.strategyId(), fill.filledAt());
    }
}
