package io.tradewatch.orders.messaging;

/** A message that can never be processed as it is: after the bounded retries it is dead-lettered and counted. */
class InvalidMessageException extends RuntimeException {

    InvalidMessageException(String message) {
        super(message);
    }

    InvalidMessageException(String message, Throwable cause) {
        super(message, cause);
    }
}
