package io.tradewatch.risk.messaging;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/** The {@code order.cancelled} body published by order-executor; unknown fields are ignored. */
record OrderCancelled(@Nullable String type, @Nullable String id, @Nullable String orderId, @Nullable String symbol,
        @Nullable String side, @Nullable String orderType, @Nullable BigDecimal quantity, @Nullable String reason,
        @Nullable String cancelledAt) {
}
