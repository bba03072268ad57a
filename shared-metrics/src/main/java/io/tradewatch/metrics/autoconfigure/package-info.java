/**
 * Auto-configuration of the metrics: the catalog's meters and recorders, endpoints, health, error logs, and
 * the AMQP and Lettuce instrumentation; the wiring, kept apart from what it wires. The suite's other defaults
 * are wired in {@code io.tradewatch.platform.autoconfigure}.
 */
@NullMarked
package io.tradewatch.metrics.autoconfigure;

import org.jspecify.annotations.NullMarked;
