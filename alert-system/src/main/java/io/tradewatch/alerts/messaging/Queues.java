package io.tradewatch.alerts.messaging;

/** Names of the exchanges and queues of the alert-system, as in {@code docs/events.md}. */
final class Queues {

    static final String EVENTS = "trading.events";

    static final String DLX = "trading.dlx";

    static final String RISK = "alert-system.risk";

    static final String ORDERS = "alert-system.orders";

    static final String FEED = "alert-system.feed";

    static final String TICKS = "alert-system.ticks";

    private Queues() {
    }
}
