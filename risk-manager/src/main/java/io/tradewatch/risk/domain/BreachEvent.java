package io.tradewatch.risk.domain;

import org.jspecify.annotations.Nullable;

/** The {@code risk.breach} body, exactly the fields of {@code docs/events.md}. */
public record BreachEvent(String type, String id, String occurredAt, int version, String limit, String value,
        String threshold, String severity, @Nullable String orderId, @Nullable String symbol, String message) {
}
