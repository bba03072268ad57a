package io.tradewatch.platform.messaging;

/**
 * The suite's two exchanges, named once for every service: the durable topic exchange all events go
 * through, and the dead-letter exchange every persistent queue rejects to, which routes a message to
 * its queue's {@linkplain #deadLetterQueue(String) dead-letter queue}.
 */
public final class Exchanges {

    /** The durable topic exchange every event is published to. */
    public static final String EVENTS = "trading.events";

    /** The dead-letter exchange of every persistent queue. */
    public static final String DEAD_LETTERS = "trading.dlx";

    private static final String DEAD_LETTER_QUEUE_SUFFIX = ".dlq";

    private Exchanges() {
    }

    /**
     * The queue a message rejected from {@code queue} ends in: {@code <queue>.dlq}, bound to
     * {@link #DEAD_LETTERS} with the queue's name as routing key.
     */
    public static String deadLetterQueue(String queue) {
        return queue + DEAD_LETTER_QUEUE_SUFFIX;
    }
}
