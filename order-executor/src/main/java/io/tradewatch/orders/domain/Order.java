package io.tradewatch.orders.domain;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An order and everything that happened to it. Immutable: every change returns a new order with one more
 * {@link Transition} and a higher {@code revision}, which the store uses to commit changes atomically.
 */
public record Order(UUID id, @Nullable String clientOrderId, String symbol, Side side, OrderType type,
        BigDecimal quantity, @Nullable BigDecimal limitPrice, TimeInForce timeInForce, OrderSource source,
        @Nullable String strategyId, @Nullable BigDecimal referencePrice, @Nullable BigDecimal notional,
        OrderStatus status, BigDecimal filledQuantity, @Nullable BigDecimal averagePrice, @Nullable Fill fill,
        @Nullable String reason, List<RiskReason> riskReasons, @Nullable UUID decisionEventId, UUID requestEventId,
        Instant createdAt, Instant updatedAt, List<Transition> transitions, long revision) {

    public Order {
        riskReasons = List.copyOf(riskReasons);
        transitions = List.copyOf(transitions);
    }

    /** A new order waiting for risk-manager, valued at {@code referencePrice} (null when no price is known). */
    public static Order pending(UUID id, OrderRequest request, OrderSource source, @Nullable String strategyId,
            @Nullable BigDecimal referencePrice, Instant now) {
        BigDecimal reference = (referencePrice != null) ? Decimals.money(referencePrice) : null;
        BigDecimal notional = (reference != null) ? Decimals.money(request.quantity().multiply(reference)) : null;
        return new Order(id, request.clientOrderId(), request.symbol(), request.side(), request.type(),
                request.quantity(), request.limitPrice(), request.timeInForce(), source, strategyId, reference, notional, OrderStatus.PENDING_RISK, BigDecimal.ZERO, null, null, null,
                List.of(), null, eventId(id, "requested"), now, now,
                List.of(new Transition(OrderStatus.PENDING_RISK, now, null)), 0);
    }

    /** The event id of this order's event of the given kind, the same however often it is derived. */
    public static UUID eventId(UUID orderId, String kind) {
        return UUID.nameUUIDFromBytes((orderId + ":" + kind).getBytes(StandardCharsets.UTF_8));
    }

    public Order approve(UUID decisionId, Instant at) {
        return move(OrderStatus.APPROVED, at, null).decidedBy(decisionId, List.of());
    }

    public Order reject(UUID decisionId, List<RiskReason> reasons, String reason, Instant at) {
        return move(OrderStatus.REJECTED, at, reason).decidedBy(decisionId, reasons);
    }

    /** Rejected before reaching risk-manager, for instance for want of a fresh quote. */
    public Order rejectNow(String reason, Instant at) {
        return move(OrderStatus.REJECTED, at, reason);
    }

    public Order cancel(CancelReason why, Instant at) {
        return move(OrderStatus.CANCELLED, at, why.name());
    }

    public Order filled(Fill execution) {
        Order moved = move(OrderStatus.FILLED, execution.filledAt(), null);
        return new Order(id, clientOrderId, symbol, side, type, quantity, limitPrice, timeInForce, source, strategyId,
                referencePrice, notional, moved.status, execution.quantity(), execution.price(), execution, null,
                riskReasons, decisionEventId, requestEventId, createdAt, moved.updatedAt, moved.transitions,
                moved.revision);
    }

    /** Records a decision that came after the order was already cancelled by its owner; the status stays. */
    public Order lateDecision(UUID decisionId, List<RiskReason> reasons, Instant at) {
        return new Order(id, clientOrderId, symbol, side, type, quantity, limitPrice, timeInForce, source, strategyId,
                referencePrice, notional, status, filledQuantity, averagePrice, fill, reason, reasons, decisionId,
                requestEventId, createdAt, at, transitions, revision + 1);
    }

    /** The quantity not filled, released when the order is cancelled. */
    public BigDecimal openQuantity() {
        return quantity.subtract(filledQuantity);
    }

    private Order decidedBy(UUID decisionId, List<RiskReason> reasons) {
        return new Order(id, clientOrderId, symbol, side, type, quantity, limitPrice, timeInForce, source, strategyId,
                referencePrice, notional, status, filledQuantity, averagePrice, fill, reason, reasons, decisionId,
                requestEventId, createdAt, updatedAt, transitions, revision);
    }

    private Order move(OrderStatus next, Instant at, @Nullable String why) {
        if (!status.canMoveTo(next)) {
            throw new IllegalStateException("Order " + id + " cannot move from " + status + " to " + next);
        }
        List<Transition> history = new ArrayList<>(transitions);
        history.add(new Transition(next, at, why));
        return new Order(id, clientOrderId, symbol, side, type, quantity, limitPrice, timeInForce, source, strategyId,
                referencePrice, notional, next, filledQuantity, averagePrice, fill, why, riskReasons, decisionEventId,
                requestEventId, createdAt, at, history, revision + 1);
    }
}
