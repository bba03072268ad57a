/**
 * The RabbitMQ side: the queues the alert-system declares and consumes (risk breaches, order rejections and
 * fills, feed status, and its own bounded tick queue) and the listeners that turn events into alerts and
 * observations.
 */
@NullMarked
package io.tradewatch.alerts.sources;

import org.jspecify.annotations.NullMarked;
