/** RabbitMQ: the topology, the listeners, the events read and published (with confirms), the gauges. */
@NullMarked
package io.tradewatch.risk.messaging;

import org.jspecify.annotations.NullMarked;
