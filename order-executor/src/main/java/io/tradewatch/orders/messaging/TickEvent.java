package io.tradewatch.orders.messaging;

import java.math.BigDecimal;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/** {@code tick} as market-data-service publishes it; unknown fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TickEvent(@Nullable String symbol, @Nullable BigDecimal price, @Nullable BigDecimal bid,
        @Nullable BigDecimal ask, @Nullable Long seq, @Nullable Instant tradeTime) {
}
