package io.tradewatch.orders.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Where an order stands in its lifecycle: its status, what was filled, why it ended, the decision taken on it, every
 * {@link Transition} so far and the {@code revision} the store commits changes against. Immutable: every change
 * returns a new state with a higher revision.
 */
public record OrderState(OrderStatus status, BigDecimal filledQuantity, @Nullable BigDecimal averagePrice,
        @Nullable Fill fill, @Nullable String reason, List<RiskReason> riskReasons, @Nullable UUID decisionEventId,
        List<Transition> transitions, Instant updatedAt, long revision) {

    public OrderState {
        riskReasons = List.copyOf(riskReasons);
        transitions = List.copyOf(transitions);
    }

    /** The state of an order just placed, waiting for risk-manager. */
    static OrderState pending(Instant now) {
        return new OrderState(OrderStatus.PENDING_RISK, BigDecimal.ZERO, null, null, null, List.of(), null,
                List.of(new Transition(OrderStatus.PENDING_RISK, now, null)), now, 0);
    }

    /** Enters {@code next} at {@code at} for {@code why}; an illegal move (see {@link OrderStatus}) throws. */
    OrderState moveTo(OrderStatus next, Instant at, @Nullable String why) {
        if (!status.canMoveTo(next)) {
            throw new IllegalStateException("cannot move from " + status + " to " + next);
        }
        List<Transition> history = new ArrayList<>(transitions);
        history.add(new Transition(next, at, why));
        return new OrderState(next, filledQuantity, averagePrice, fill, why, riskReasons, decisionEventId, history, at,
                revision + 1);
    }

    /** The same state, marked with the decision risk-manager took and its reasons. */
    OrderState decidedBy(UUID decisionId, List<RiskReason> reasons) {
        return new OrderState(status, filledQuantity, averagePrice, fill, reason, reasons, decisionId, transitions,
                updatedAt, revision);
    }

    /** The same state with {@code execution} recorded as its fill. */
    OrderState withFill(Fill execution) {
        return new OrderState(status, execution.quantity(), execution.price(), execution, reason, riskReasons,
                decisionEventId, transitions, updatedAt, revision);
    }

    /** A decision recorded at {@code at} without any change of status. */
    OrderState recorded(UUID decisionId, List<RiskReason> reasons, Instant at) {
        return new OrderState(status, filledQuantity, averagePrice, fill, reason, reasons, decisionId, transitions, at,
                revision + 1);
    }
}
