/** Positions per strategy and symbol, kept from the order-executor's fills. */
@NullMarked
package io.tradewatch.strategy.fills;

import org.jspecify.annotations.NullMarked;
