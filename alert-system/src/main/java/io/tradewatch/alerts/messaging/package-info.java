/** AMQP: the topology, the event and tick listeners, and the events they turn into alerts and observations. */
@NullMarked
package io.tradewatch.alerts.messaging;

import org.jspecify.annotations.NullMarked;
