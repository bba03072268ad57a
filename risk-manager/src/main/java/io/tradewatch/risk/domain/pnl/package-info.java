/**
 * Profit-and-loss arithmetic as plain Java: a position's average price and realized P&L through fills, its
 * mark-to-market value, and how a fill converts an order's exposure reservation.
 */
@NullMarked
package io.tradewatch.risk.domain.pnl;

import org.jspecify.annotations.NullMarked;
