package io.tradewatch.orders.service;

import io.tradewatch.orders.store.OutboxEntry;

/**
 * Sends a committed event to the broker; implemented in messaging, so the use cases do not depend on the
 * messaging package that calls them.
 */
public interface EventSender {

    /** Sends an event; the outcome arrives with its confirmation. Never throws: the outbox keeps the event. */
    void publish(OutboxEntry entry);
}
