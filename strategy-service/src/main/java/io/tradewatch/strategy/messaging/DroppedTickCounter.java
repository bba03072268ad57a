package io.tradewatch.strategy.messaging;

import java.util.List;
import java.util.Map;

import io.tradewatch.metrics.TickMetrics;
import io.tradewatch.metrics.catalog.TagValues.DropReason;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.stereotype.Component;

/**
 * Counts ticks the shard queues dropped: each queue dead-letters what it loses to {@code strategy.ticks.dropped},
 * and this listener counts each message by its {@code x-death} reason ({@code maxlen}: the queue overflowed,
 * {@code queue_overflow}; anything else, a rejected tick, {@code invalid}) and discards it. Counted by whichever
 * replica receives it, so the sum over replicas is exact.
 */
@Component
class DroppedTickCounter {

    private final TickMetrics metrics;

    DroppedTickCounter(TickMetrics metrics) {
        this.metrics = metrics;
    }

    @RabbitListener(id = "strategyDroppedTicks", queues = MessagingTopology.DROPPED_TICKS)
    void onDropped(Message message) {
        metrics.dropped(reason(message.getMessageProperties().getXDeathHeader()));
    }

    static DropReason reason(List<Map<String, ?>> deaths) {
        if (deaths == null || deaths.isEmpty()) {
            return DropReason.INVALID;
        }
        return "maxlen".equals(String.valueOf(deaths.getFirst().get("reason"))) ? DropReason.QUEUE_OVERFLOW
                : DropReason.INVALID;
    }
}
