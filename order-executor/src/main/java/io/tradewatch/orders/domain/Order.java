package io.tradewatch.orders.domain;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An order: its {@link OrderTerms} (what was asked), the reference price and notional it was valued at when placed,
 * and its {@link OrderState} (where it stands). Immutable: every change returns a new order whose state has one more
 * {@link Transition} and a higher revision, which the store uses to commit changes atomically.
 */
public record Order(UUID id, OrderTerms terms, @Nullable BigDecimal referencePrice, @Nullable BigDecimal notional,
        UUID requestEventId, Instant createdAt, OrderState state) {

    /** A new order waiting for risk-manager, valued at {@code referencePrice} (null when no price is known). */
    public static Order pending(UUID id, OrderRequest request, OrderSource source, @Nullable String strategyId,
            @Nullable BigDecimal referencePrice, Instant now) {
        BigDecimal reference = (referencePrice != null) ? Decimals.money(referencePrice) : null;
        BigDecimal notional = (reference != null) ? Decimals.money(request.quantity().multiply(reference)) : null;
        return new Order(id, OrderTerms.of(request, source, strategyId), reference, notional,
                eventId(id, "requested"), now, OrderState.pending(now));
    }

    /** The event id of this order's event of the given kind, the same however often it is derived. */
    public static UUID eventId(UUID orderId, String kind) {
        return UUID.nameUUIDFromBytes((orderId + ":" + kind).getBytes(StandardCharsets.UTF_8));
    }

    public OrderStatus status() {
        return state.status();
    }

    public long revision() {
        return state.revision();
    }

    public Order approve(UUID decisionId, Instant at) {
        return with(move(OrderStatus.APPROVED, at, null).decidedBy(decisionId, List.of()));
    }

    public Order reject(UUID decisionId, List<RiskReason> reasons, String reason, Instant at) {
        return with(move(OrderStatus.REJECTED, at, reason).decidedBy(decisionId, reasons));
    }

    /** Rejected before reaching risk-manager, for instance for want of a fresh quote. */
    public Order rejectNow(String reason, Instant at) {
        return with(move(OrderStatus.REJECTED, at, reason));
    }

    public Order cancel(CancelReason why, Instant at) {
        return with(move(OrderStatus.CANCELLED, at, why.name()));
    }

    public Order filled(Fill execution) {
        return with(move(OrderStatus.FILLED, execution.filledAt(), null).withFill(execution));
    }

    /** Records a decision that came after the order was already cancelled by its owner; the status stays. */
    public Order lateDecision(UUID decisionId, List<RiskReason> reasons, Instant at) {
        return with(state.recorded(decisionId, reasons, at));
    }

    /** The quantity not filled, released when the order is cancelled. */
    public BigDecimal openQuantity() {
        return terms.quantity().subtract(state.filledQuantity());
    }

    private OrderState move(OrderStatus next, Instant at, @Nullable String why) {
        try {
            return state.moveTo(next, at, why);
        }
        catch (IllegalStateException ex) {
            throw new IllegalStateException("Order " + id + " " + ex.getMessage(), ex);
        }
    }

    private Order with(OrderState next) {
        return new Order(id, terms, referencePrice, notional, requestEventId, createdAt, next);
    }
}
