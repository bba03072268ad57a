/**
 * The order executor's domain: the order lifecycle, paper execution prices and the P&L arithmetic of an
 * average-cost portfolio. Plain Java, free of Spring, AMQP, Redis and Micrometer (an ArchUnit test keeps it so).
 */
@NullMarked
package io.tradewatch.orders.domain;

import org.jspecify.annotations.NullMarked;
