package io.tradewatch.orders.service;

import io.tradewatch.orders.domain.Order;

/** The outcome of asking for a new order. */
public sealed interface Placement {

    /** The order was stored (or, for a retried request, the order stored the first time). */
    record Accepted(Order order, boolean replayed) implements Placement {
    }

    /** Another request holding the same idempotency key has not finished yet. */
    record KeyInFlight(String key) implements Placement {
    }

    /** The idempotency key was used for a different request. */
    record KeyReused(String key) implements Placement {
    }
}
