/** Order execution: the order lifecycle, paper fills, portfolio and P&L. */
@NullMarked
package io.tradewatch.orders;

import org.jspecify.annotations.NullMarked;
