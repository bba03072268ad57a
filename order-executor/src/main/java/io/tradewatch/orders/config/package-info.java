/** The settings ({@code tradewatch.order-executor.*}) and the wiring shared by the roles. */
@NullMarked
package io.tradewatch.orders.config;

import org.jspecify.annotations.NullMarked;
