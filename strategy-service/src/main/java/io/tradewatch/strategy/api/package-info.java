/** HTTP: strategy definitions, backtests, live state and recent signals, with their request records and views. */
@NullMarked
package io.tradewatch.strategy.api;

import org.jspecify.annotations.NullMarked;
