/** AMQP: the topology (sharded tick queues), the tick, dropped-tick and fill listeners, the signal publisher. */
@NullMarked
package io.tradewatch.strategy.messaging;

import org.jspecify.annotations.NullMarked;
