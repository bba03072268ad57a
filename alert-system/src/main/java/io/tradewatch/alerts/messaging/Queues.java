package io.tradewatch.alerts.messaging;

/** Names of the alert-system's queues, as in {@code docs/events.md}; the exchanges are the starter's {@code Exchanges}. */
final class Queues {

    static final String RISK = "alert-system.risk";

    static final String ORDERS = "alert-system.orders";

    static final String FEED = "alert-system.feed";

    static final String TICKS = "alert-system.ticks";

    private Queues() {
    }
}
