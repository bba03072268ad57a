/** Strategies: incremental indicators on live ticks, signals out, backtests. */
@NullMarked
package io.tradewatch.strategy;

import org.jspecify.annotations.NullMarked;
