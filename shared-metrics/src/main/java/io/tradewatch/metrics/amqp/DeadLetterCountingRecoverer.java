package io.tradewatch.metrics.amqp;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.tradewatch.metrics.MessagingMetrics;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.retry.RejectAndDontRequeueRecoverer;

/**
 * What happens to a message whose last retry failed: it is counted, logged with its queue, routing key
 * and cause, and rejected without requeue, so the broker moves it to the queue's dead-letter exchange.
 */
public class DeadLetterCountingRecoverer extends RejectAndDontRequeueRecoverer {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterCountingRecoverer.class);

    private final MessagingMetrics metrics;

    public DeadLetterCountingRecoverer(MessagingMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void recover(Message message, Throwable cause) {
        String queue = message.getMessageProperties().getConsumerQueue();
        String routingKey = message.getMessageProperties().getReceivedRoutingKey();
        metrics.deadLettered((queue != null) ? queue : "unknown", EventNames.of((routingKey != null) ? routingKey : ""));
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        log.warn("Dead-lettering message from queue {} (routing key {}, message id {}) after its last attempt: {}: {}."
                + " It is kept in the queue's dead-letter queue; inspect it there and republish once fixed.", queue,
                routingKey, message.getMessageProperties().getMessageId(), root.getClass().getSimpleName(),
                root.getMessage());
        super.recover(message, cause);
    }
}
