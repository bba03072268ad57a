package io.tradewatch.platform.messaging;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.retry.RejectAndDontRequeueRecoverer;

/**
 * What happens to a message whose last attempt failed, or that is {@linkplain UnreadableMessageException
 * unreadable} and so was not retried: it is logged with its queue, routing key and cause, and rejected without
 * requeue, so the broker moves it to the queue's dead-letter exchange.
 */
public class DeadLetterRecoverer extends RejectAndDontRequeueRecoverer {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterRecoverer.class);

    @Override
    public void recover(Message message, @Nullable Throwable cause) {
        Throwable root = cause;
        boolean unreadable = false;
        while (root != null) {
            unreadable |= root instanceof UnreadableMessageException;
            if (root.getCause() == null || root.getCause() == root) {
                break;
            }
            root = root.getCause();
        }
        log.warn("Dead-lettering message from queue {} (routing key {}, message id {}) {}: {}."
                + " It is kept in the queue's dead-letter queue; inspect it there and republish once fixed.",
                message.getMessageProperties().getConsumerQueue(), message.getMessageProperties().getReceivedRoutingKey(),
                message.getMessageProperties().getMessageId(),
                unreadable ? "at its first attempt, as it can never be processed" : "after its last attempt",
                (root != null) ? root.getClass().getSimpleName() + ": " + root.getMessage() : "no cause");
        super.recover(message, cause);
    }
}
