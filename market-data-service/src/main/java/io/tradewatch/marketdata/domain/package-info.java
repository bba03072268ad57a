/** The model in plain Java: ticks and their validation ({@code tick}), one-minute candles ({@code candle}). */
@NullMarked
package io.tradewatch.marketdata.domain;

import org.jspecify.annotations.NullMarked;
