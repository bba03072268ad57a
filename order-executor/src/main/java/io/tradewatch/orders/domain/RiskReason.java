package io.tradewatch.orders.domain;

import org.jspecify.annotations.Nullable;

/** One rule risk-manager gave for rejecting an order, as carried by {@code order.rejected}. */
public record RiskReason(String rule, @Nullable String value, @Nullable String threshold, @Nullable String message) {
}
