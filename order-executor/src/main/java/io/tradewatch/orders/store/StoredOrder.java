package io.tradewatch.orders.store;

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
 * The JSON document of an order in {@code orders:<id>}: one flat object, as it has always been stored, so orders
 * written by earlier versions stay readable and the Lua scripts find {@code revision} and {@code symbol} at the top.
 */
record StoredOrder(UUID id, @Nullable String clientOrderId, String symbol, Side side, OrderType type,
        BigDecimal quantity, @Nullable BigDecimal limitPrice, TimeInForce timeInForce, OrderSource source,
        @Nullable String strategyId, @Nullable BigDecimal referencePrice, @Nullable BigDecimal notional,
        OrderStatus status, BigDecimal filledQuantity, @Nullable BigDecimal averagePrice, @Nullable Fill fill,
        @Nullable String reason, List<RiskReason> riskReasons, @Nullable UUID decisionEventId, UUID requestEventId,
        Instant createdAt, Instant updatedAt, List<Transition> transitions, long revision) {

    static StoredOrder of(Order order) {
        OrderTerms terms = order.terms();
        OrderState state = order.state();
        return new StoredOrder(order.id(), terms.clientOrderId(), terms.symbol(), terms.side(), terms.type(),
                terms.quantity(), terms.limitPrice(), terms.timeInForce(), terms.source(), terms.strategyId(),
                order.referencePrice(), order.notional(), state.status(), state.filledQuantity(),
                state.averagePrice(), state.fill(), state.reason(), state.riskReasons(), state.decisionEventId(),
                order.requestEventId(), order.createdAt(), state.updatedAt(), state.transitions(), state.revision());
    }

    Order toOrder() {
        return new Order(id, new OrderTerms(symbol, side, type, quantity, limitPrice, timeInForce, source, strategyId,
                clientOrderId), referencePrice, notional, requestEventId, createdAt,
                new OrderState(status, filledQuantity, averagePrice, fill, reason, riskReasons, decisionEventId,
                        transitions, updatedAt, revision));
    }
}
