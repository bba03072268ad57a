package io.tradewatch.orders.domain;

/** Why an order was cancelled; the values of {@code order.cancelled.reason} in the message contract. */
public enum CancelReason {
    USER, IOC_UNFILLED, STALE_QUOTE, EXPIRED
}
