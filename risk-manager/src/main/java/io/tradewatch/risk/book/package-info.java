/**
 * The book: fills and cancellations convert or release reservations and keep positions, realized P&L and
 * the equity peak; ticks mark positions to market for unrealized P&L and drawdown.
 */
@NullMarked
package io.tradewatch.risk.book;

import org.jspecify.annotations.NullMarked;
