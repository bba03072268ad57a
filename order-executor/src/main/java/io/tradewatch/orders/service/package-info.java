/** Use cases: placing and cancelling orders, applying decisions, paper fills on ticks, the portfolio. */
@NullMarked
package io.tradewatch.orders.service;

import org.jspecify.annotations.NullMarked;
