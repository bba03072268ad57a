package io.tradewatch.orders.store;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.tradewatch.orders.domain.Fill;
import io.tradewatch.orders.domain.Order;
import io.tradewatch.orders.domain.OrderTerms;
import io.tradewatch.orders.domain.OrderType;
import io.tradewatch.orders.domain.Side;

/** One paper trade as kept in {@code portfolio:trades} and shown by {@code /api/trades}. */
public record Trade(UUID fillId, UUID orderId, String symbol, Side side, OrderType orderType, BigDecimal quantity,
        BigDecimal price, BigDecimal notional, BigDecimal fee, double slippageBps, @Nullable String strategyId,
        Instant filledAt) {

    public static Trade of(Order order, Fill fill) {
        OrderTerms terms = order.terms();
        return new Trade(fill.fillId(), order.id(), terms.symbol(), terms.side(), terms.type(), fill.quantity(),
                fill.price(), fill.notional(), fill.fee(), fill.slippageBps(), terms.strategyId(), fill.filledAt());
    }
}
