/** Backtests over stored candles or an uploaded CSV, running the live strategy code. */
@NullMarked
package io.tradewatch.strategy.backtest;

import org.jspecify.annotations.NullMarked;
