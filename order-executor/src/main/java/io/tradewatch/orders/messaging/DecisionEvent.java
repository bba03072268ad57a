package io.tradewatch.orders.messaging;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

import io.tradewatch.orders.domain.RiskReason;

/** {@code order.approved} / {@code order.rejected} as risk-manager publishes them; unknown fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DecisionEvent(@Nullable String type, @Nullable UUID id, @Nullable Instant occurredAt,
        @Nullable UUID orderId, @Nullable String symbol, @Nullable BigDecimal quantity, @Nullable Instant decidedAt,
        @Nullable List<RiskReason> reasons) {
}
