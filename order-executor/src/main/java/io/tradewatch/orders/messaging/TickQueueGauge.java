package io.tradewatch.orders.messaging;

import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.tradewatch.metrics.TickMetrics;
import io.tradewatch.orders.config.OrderExecutorProperties;

import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.QueueInformation;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Shows how full the bounded tick queue is ({@code trading_channel_utilization_percent{channel=...}}). */
@Component
class TickQueueGauge {

    private static final Logger log = LoggerFactory.getLogger(TickQueueGauge.class);

    private final AmqpAdmin admin;

    private final AtomicInteger depth = new AtomicInteger();

    TickQueueGauge(AmqpAdmin admin, TickMetrics ticks, OrderExecutorProperties properties) {
        this.admin = admin;
        ticks.bindChannel(MessagingTopology.TICKS, depth, AtomicInteger::get, properties.ticks().capacity());
    }

    @Scheduled(fixedDelayString = "${tradewatch.order-executor.ticks.depth-poll:5s}")
    void poll() {
        try {
            QueueInformation info = admin.getQueueInfo(MessagingTopology.TICKS);
            if (info != null) {
                depth.set((int) Math.min(Integer.MAX_VALUE, info.getMessageCount()));
            }
        }
        catch (RuntimeException ex) {
            log.debug("Could not read the depth of {}: {}", MessagingTopology.TICKS, ex.getMessage());
        }
    }
}
