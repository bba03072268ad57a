package io.tradewatch.orders.service;

import java.time.Instant;

import io.tradewatch.orders.domain.CancelReason;
import io.tradewatch.orders.domain.Fill;
import io.tradewatch.orders.domain.Order;
import io.tradewatch.orders.store.OutboxEntry;

/**
 * Builds the outbox entries of the events a use case commits with its change; implemented in messaging, which
 * owns the message contract, so the use cases do not depend on the messaging package that calls them.
 */
public interface OrderEvents {

    OutboxEntry requested(Order order);

    OutboxEntry filled(Order order, Fill fill);

    OutboxEntry cancelled(Order order, CancelReason reason, Instant at);
}
