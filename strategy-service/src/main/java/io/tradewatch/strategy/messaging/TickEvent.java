package io.tradewatch.strategy.messaging;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/** The {@code tick} message of docs/events.md, as far as this service reads it. */
@JsonIgnoreProperties(ignoreUnknown = true)
record TickEvent(@Nullable String symbol, @Nullable String price, @Nullable String size, long seq,
        @Nullable Instant tradeTime) {
}
