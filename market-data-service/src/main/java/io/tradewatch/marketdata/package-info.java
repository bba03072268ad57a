/** Market data: feeds in, validated ticks out to RabbitMQ, quotes and candles cached in Redis. */
@NullMarked
package io.tradewatch.marketdata;

import org.jspecify.annotations.NullMarked;
