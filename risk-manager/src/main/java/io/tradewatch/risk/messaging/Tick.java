package io.tradewatch.risk.messaging;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/** The {@code tick} body published by market-data-service; only symbol, price and seq are used here. */
record Tick(@Nullable String symbol, @Nullable BigDecimal price, @Nullable Long seq, @Nullable String source,
        @Nullable String tradeTime) {
}
