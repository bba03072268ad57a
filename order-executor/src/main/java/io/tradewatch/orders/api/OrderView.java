package io.tradewatch.orders.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.tradewatch.orders.domain.Fill;
import io.tradewatch.orders.domain.Order;
import io.tradewatch.orders.domain.OrderSource;
import io.tradewatch.orders.domain.OrderState;
import io.tradewatch.orders.domain.OrderStatus;
import io.tradewatch.orders.domain.OrderTerms;
import io.tradewatch.orders.domain.OrderType;
import io.tradewatch.orders.domain.RiskReason;
import io.tradewatch.orders.domain.Side;
import io.tradewatch.orders.domain.TimeInForce;
import io.tradewatch.orders.domain.Transition;

/**
 * An order as the API shows it: its terms and where it stands, without what only the service needs (the revision
 * changes are committed against, the ids of the events it sent and received).
 */
record OrderView(UUID id, @Nullable String clientOrderId, String symbol, Side side, OrderType type,
        BigDecimal quantity, @Nullable BigDecimal limitPrice, TimeInForce timeInForce, OrderSource source,
        @Nullable String strategyId, @Nullable BigDecimal referencePrice, @Nullable BigDecimal notional,
        OrderStatus status, BigDecimal filledQuantity, @Nullable BigDecimal averagePrice, @Nullable Fill fill,
        @Nullable String reason, List<RiskReason> riskReasons, Instant createdAt, Instant updatedAt,
        List<Transition> transitions) {

    static OrderView of(Order order) {
        OrderTerms terms = order.terms();
        OrderState state = order.state();
        return new OrderView(order.id(), terms.clientOrderId(), terms.symbol(), terms.side(), terms.type(),
                terms.quantity(), terms.limitPrice(), terms.timeInForce(), terms.source(), terms.strategyId(),
                order.referencePrice(), order.notional(), state.status(), state.filledQuantity(),
                state.averagePrice(), state.fill(), state.reason(), state.riskReasons(), order.createdAt(),
                state.updatedAt(), state.transitions());
    }
}
