package io.tradewatch.orders.store;

/**
 * A request's hold on an idempotency key: the value it reserved the key with, and the value the key takes
 * when the order is stored.
 */
public record IdempotencyClaim(String key, String pendingValue, String committedValue) {
}
