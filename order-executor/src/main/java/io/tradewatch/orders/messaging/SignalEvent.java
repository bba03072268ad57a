package io.tradewatch.orders.messaging;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/** {@code signal} as strategy-service publishes it; unknown fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SignalEvent(@Nullable String type, @Nullable UUID id, @Nullable String strategyId,
        @Nullable String strategyType, @Nullable String symbol, @Nullable String side, @Nullable Double strength,
        @Nullable BigDecimal referencePrice, @Nullable BigDecimal notional, @Nullable Instant tickTime) {
}
