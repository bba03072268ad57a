package io.tradewatch.orders.domain;

/**
 * Where an order is in its life: waiting for risk-manager, approved (resting if it is a limit order that
 * has not crossed), or finished as filled, rejected or cancelled.
 */
public enum OrderStatus {

    PENDING_RISK, APPROVED, REJECTED, FILLED, CANCELLED;

    /** Whether nothing can happen to an order in this status any more. */
    public boolean isTerminal() {
        return switch (this) {
            case PENDING_RISK, APPROVED -> false;
            case REJECTED, FILLED, CANCELLED -> true;
        };
    }

    /** Whether an order may move from this status to {@code next}. */
    public boolean canMoveTo(OrderStatus next) {
        return switch (this) {
            case PENDING_RISK -> next == APPROVED || next == REJECTED || next == CANCELLED;
            case APPROVED -> next == FILLED || next == CANCELLED;
            case REJECTED, FILLED, CANCELLED -> false;
        };
    }
}
