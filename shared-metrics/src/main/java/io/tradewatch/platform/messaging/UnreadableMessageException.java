package io.tradewatch.platform.messaging;

import org.jspecify.annotations.Nullable;

import org.springframework.amqp.AmqpRejectAndDontRequeueException;
import org.springframework.amqp.core.Message;

/**
 * A message that can never be processed as it is: its body is not the expected JSON, or it lacks what its
 * consumer needs. Retrying cannot help, so the starter's listener retry never retries it: the message is
 * rejected at its first attempt, counted, and the broker dead-letters it to its queue's {@code .dlq}.
 */
public class UnreadableMessageException extends AmqpRejectAndDontRequeueException {

    public UnreadableMessageException(Message message, String reason) {
        this(message, reason, null);
    }

    public UnreadableMessageException(Message message, String reason, @Nullable Throwable cause) {
        super(describe(message, reason), cause);
    }

    private static String describe(Message message, String reason) {
        String id = message.getMessageProperties().getMessageId();
        String queue = message.getMessageProperties().getConsumerQueue();
        return "Message " + ((id != null) ? id : "without id") + " from " + ((queue != null) ? queue : "no queue")
                + " can never be processed: " + reason + "; fix its publisher";
    }
}
