package io.tradewatch.marketdata.domain.tick;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * One trade of one symbol as a feed delivered it. A decimal field is {@code null} when the feed sent
 * something that is not a finite number (NaN, Infinity, garbage), so validation can reject it.
 *
 * @param symbol upper-case symbol, such as {@code BTCUSDT}
 * @param price trade price in the quote asset (USD for USDT pairs)
 * @param size trade quantity in the base asset
 * @param bid best bid when the trade happened
 * @param ask best ask when the trade happened
 * @param seq the feed's sequence number for this symbol, increasing by 1
 * @param tradeTimeMillis when the trade happened, epoch milliseconds
 * @param source the feed that delivered it
 * @param receivedAtMillis when this service received it, epoch milliseconds
 */
public record Tick(String symbol, @Nullable BigDecimal price, @Nullable BigDecimal size, @Nullable BigDecimal bid,
        @Nullable BigDecimal ask, long seq, long tradeTimeMillis, TickSource source, long receivedAtMillis) {
}
