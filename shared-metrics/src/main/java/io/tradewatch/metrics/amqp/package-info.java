/**
 * Spring AMQP instrumentation for every service: published and consumed counts, processing time, message
 * age, dead letters, and the tick-to-fill pipeline latency carried in message headers.
 */
@NullMarked
package io.tradewatch.metrics.amqp;

import org.jspecify.annotations.NullMarked;
