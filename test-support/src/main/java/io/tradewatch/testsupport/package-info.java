/**
 * How every module's tests reach a real RabbitMQ and a real Redis: Testcontainers when a Docker engine
 * answers, otherwise the servers on 127.0.0.1 (or wherever {@code SPRING_RABBITMQ_*} and
 * {@code SPRING_DATA_REDIS_*} point), each test context isolated in its own RabbitMQ virtual host and
 * Redis database.
 */
@NullMarked
package io.tradewatch.testsupport;

import org.jspecify.annotations.NullMarked;
