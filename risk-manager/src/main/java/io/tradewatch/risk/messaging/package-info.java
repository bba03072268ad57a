/**
 * RabbitMQ for the risk manager: the exchanges, queues and bindings it declares, reading inbound events,
 * and publishing persistent events that count only once the broker confirmed them.
 */
@NullMarked
package io.tradewatch.risk.messaging;

import org.jspecify.annotations.NullMarked;
