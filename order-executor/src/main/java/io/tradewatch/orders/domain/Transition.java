package io.tradewatch.orders.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One step of an order's life: the status it entered, when, and why (a reason code, or null). */
public record Transition(OrderStatus status, Instant at, @Nullable String reason) {
}
