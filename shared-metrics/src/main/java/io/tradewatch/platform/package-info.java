/**
 * The suite's shared defaults that are not metrics: how every service names its exchanges, reads and rejects
 * messages ({@code messaging}), answers bad requests ({@code web}), and the wiring that installs them with
 * the AMQP, Redis and shutdown defaults ({@code autoconfigure}). Nothing here depends on
 * {@code io.tradewatch.metrics}; the metrics build on it.
 */
@NullMarked
package io.tradewatch.platform;

import org.jspecify.annotations.NullMarked;
