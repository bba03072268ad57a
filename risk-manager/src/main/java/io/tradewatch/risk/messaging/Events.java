package io.tradewatch.risk.messaging;

/** Routing key and queue names from {@code docs/events.md}; the exchanges are the starter's {@code Exchanges}. */
public final class Events {

    public static final String ORDER_REQUESTED = "order.requested";

    public static final String ORDER_APPROVED = "order.approved";

    public static final String ORDER_REJECTED = "order.rejected";

    public static final String ORDER_FILLED = "order.filled";

    public static final String ORDER_CANCELLED = "order.cancelled";

    public static final String RISK_BREACH = "risk.breach";

    public static final String TICKS = "tick.#";

    public static final String ORDERS_QUEUE = "risk-manager.orders";

    public static final String FILLS_QUEUE = "risk-manager.fills";

    public static final String TICKS_QUEUE = "risk-manager.ticks";

    /** The version of every event body this service publishes. */
    public static final int VERSION = 1;

    private Events() {
    }
}
