package io.tradewatch.alerts.messaging;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/** The message bodies the alert-system reads (docs/events.md), with only the fields it uses; unknown fields are ignored. */
final class Events {

    private Events() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RiskBreach(@Nullable String id, @Nullable Instant occurredAt, @Nullable String limit, @Nullable String value,
            @Nullable String threshold, @Nullable String severity, @Nullable String orderId, @Nullable String symbol,
            @Nullable String message) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record OrderRejected(@Nullable String id, @Nullable Instant occurredAt, @Nullable String orderId,
            @Nullable String symbol, @Nullable String side, @Nullable String orderType, @Nullable String quantity,
            @Nullable String notional, @Nullable List<@Nullable Reason> reasons) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Reason(@Nullable String rule, @Nullable String value, @Nullable String threshold, @Nullable String message) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record OrderFilled(@Nullable String id, @Nullable Instant occurredAt, @Nullable String orderId,
            @Nullable String fillId, @Nullable String symbol, @Nullable String side, @Nullable String orderType,
            @Nullable String quantity, @Nullable String price, @Nullable String notional,
            @Nullable String strategyId) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FeedStatus(@Nullable String id, @Nullable Instant occurredAt, @Nullable String feed,
            @Nullable String connection, @Nullable String status, @Nullable String detail) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Tick(@Nullable String symbol, @Nullable String price, @Nullable Long seq, @Nullable Instant tradeTime) {
    }
}
