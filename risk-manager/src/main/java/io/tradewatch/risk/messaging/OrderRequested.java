package io.tradewatch.risk.messaging;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/** The {@code order.requested} body published by order-executor; unknown fields are ignored. */
record OrderRequested(@Nullable String type, @Nullable String id, @Nullable String occurredAt,
        @Nullable Integer version, @Nullable String orderId, @Nullable String clientOrderId, @Nullable String symbol,
        @Nullable String side, @Nullable String orderType, @Nullable BigDecimal quantity,
        @Nullable BigDecimal limitPrice, @Nullable String timeInForce, @Nullable BigDecimal referencePrice,
        @Nullable BigDecimal notional, @Nullable String source, @Nullable String strategyId,
        @Nullable String requestedAt) {
}
