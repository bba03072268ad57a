/**
 * What the service publishes to RabbitMQ: tick events in confirmed batches, feed status events, and the
 * exchanges they go to, as {@code docs/events.md} describes them.
 */
@NullMarked
package io.tradewatch.marketdata.messaging;

import org.jspecify.annotations.NullMarked;
