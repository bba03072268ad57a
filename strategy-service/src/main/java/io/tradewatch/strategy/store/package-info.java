/** Redis: strategy definitions, candles, positions kept from fills, signal markers and the recent-signals stream. */
@NullMarked
package io.tradewatch.strategy.store;

import org.jspecify.annotations.NullMarked;
