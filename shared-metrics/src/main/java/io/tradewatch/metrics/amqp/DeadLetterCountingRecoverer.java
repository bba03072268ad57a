package io.tradewatch.metrics.amqp;

import org.jspecify.annotations.Nullable;

import io.tradewatch.metrics.MessagingMetrics;
import io.tradewatch.platform.messaging.DeadLetterRecoverer;

import org.springframework.amqp.core.Message;

/**
 * The suite's {@link DeadLetterRecoverer} that also counts each dead-lettered message by queue and event
 * ({@code trading_messages_dead_lettered_total}).
 */
public class DeadLetterCountingRecoverer extends DeadLetterRecoverer {

    private final MessagingMetrics metrics;

    public DeadLetterCountingRecoverer(MessagingMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void recover(Message message, @Nullable Throwable cause) {
        String queue = message.getMessageProperties().getConsumerQueue();
        String routingKey = message.getMessageProperties().getReceivedRoutingKey();
        metrics.deadLettered((queue != null) ? queue : "unknown", EventNames.of((routingKey != null) ? routingKey : ""));
        super.recover(message, cause);
    }
}
