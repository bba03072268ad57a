/** RabbitMQ: the topology, the listeners, the events sent and received, and the confirmed outbox publisher. */
@NullMarked
package io.tradewatch.orders.messaging;

import org.jspecify.annotations.NullMarked;
