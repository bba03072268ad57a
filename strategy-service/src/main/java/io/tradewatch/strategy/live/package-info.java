/** Live evaluation: sharded tick queues, the per-symbol engine, warm start, signals out, state and signal endpoints. */
@NullMarked
package io.tradewatch.strategy.live;

import org.jspecify.annotations.NullMarked;
