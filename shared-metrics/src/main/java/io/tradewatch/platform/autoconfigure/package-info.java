/**
 * Auto-configuration of the suite's defaults that are not metrics: the operational properties every service
 * starts from (AMQP retry and dead-lettering, Redis timeouts, graceful shutdown, actuator exposure), the
 * instrument catalog, the message reader and retry classification, and the problem-details handler.
 */
@NullMarked
package io.tradewatch.platform.autoconfigure;

import org.jspecify.annotations.NullMarked;
