/** The paper portfolio as read by the API and the gauges. */
@NullMarked
package io.tradewatch.orders.portfolio;

import org.jspecify.annotations.NullMarked;
