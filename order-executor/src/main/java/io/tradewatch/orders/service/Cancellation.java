package io.tradewatch.orders.service;

import io.tradewatch.orders.domain.Order;

/** The outcome of a cancel request. */
public sealed interface Cancellation {

    /** The order is cancelled (now, or it already was). */
    record Cancelled(Order order) implements Cancellation {
    }

    /** The order is already filled or rejected. */
    record NotCancellable(Order order) implements Cancellation {
    }

    /** No such order. */
    record Unknown() implements Cancellation {
    }
}
