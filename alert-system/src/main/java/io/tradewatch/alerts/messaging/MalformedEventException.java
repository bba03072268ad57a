package io.tradewatch.alerts.messaging;

import org.springframework.amqp.AmqpRejectAndDontRequeueException;

/** A message that can never be processed (unreadable, or missing what an alert needs): rejected, so the broker dead-letters it. */
class MalformedEventException extends AmqpRejectAndDontRequeueException {

    MalformedEventException(String message) {
        super(message);
    }

    MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
