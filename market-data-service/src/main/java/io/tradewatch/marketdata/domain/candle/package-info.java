/**
 * One-minute OHLCV candles and how ticks fold into them: plain Java, kept free of framework, cache and
 * metrics imports by {@code ArchitectureTests}.
 */
@NullMarked
package io.tradewatch.marketdata.domain.candle;

import org.jspecify.annotations.NullMarked;
