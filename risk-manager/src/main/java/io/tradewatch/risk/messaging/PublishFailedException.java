package io.tradewatch.risk.messaging;

/**
 * The broker did not confirm a publish in time or refused it. Thrown from a listener, it makes the
 * inbound message fail, so it is retried and finally dead-lettered rather than acknowledged unpublished.
 */
public class PublishFailedException extends RuntimeException {

    public PublishFailedException(String message, Throwable cause) {
        super(message, cause);
    }

    public PublishFailedException(String message) {
        super(message);
    }
}
