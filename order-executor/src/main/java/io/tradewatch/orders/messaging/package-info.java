/** RabbitMQ: the topology, the events order-executor sends and receives, and the confirmed outbox publisher. */
@NullMarked
package io.tradewatch.orders.messaging;

import org.jspecify.annotations.NullMarked;
