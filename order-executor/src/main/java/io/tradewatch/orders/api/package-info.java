/** The REST API: orders, portfolio, positions and trades, with problem+json errors. */
@NullMarked
package io.tradewatch.orders.api;

import org.jspecify.annotations.NullMarked;
