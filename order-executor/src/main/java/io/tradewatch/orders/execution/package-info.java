/** Order placement, risk decisions, paper execution on quotes and ticks, and their listeners. */
@NullMarked
package io.tradewatch.orders.execution;

import org.jspecify.annotations.NullMarked;
