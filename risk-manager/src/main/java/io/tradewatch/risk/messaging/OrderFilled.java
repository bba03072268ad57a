package io.tradewatch.risk.messaging;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/** The {@code order.filled} body published by order-executor; unknown fields are ignored. */
record OrderFilled(@Nullable String type, @Nullable String id, @Nullable String orderId, @Nullable String fillId,
        @Nullable String symbol, @Nullable String side, @Nullable String orderType, @Nullable BigDecimal quantity,
        @Nullable BigDecimal price, @Nullable BigDecimal fee, @Nullable BigDecimal notional,
        @Nullable String strategyId, @Nullable String filledAt) {
}
