/** The simulated feed: per-symbol geometric Brownian motion, seedable, with optional injected faults. */
@NullMarked
package io.tradewatch.marketdata.feed.simulated;

import org.jspecify.annotations.NullMarked;
