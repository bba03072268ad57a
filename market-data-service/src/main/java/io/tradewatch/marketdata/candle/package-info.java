/**
 * One-minute OHLCV candles and how ticks fold into them: plain Java, kept free of framework, cache and
 * metrics imports by {@code DomainIsolationTests}.
 */
@NullMarked
package io.tradewatch.marketdata.candle;

import org.jspecify.annotations.NullMarked;
