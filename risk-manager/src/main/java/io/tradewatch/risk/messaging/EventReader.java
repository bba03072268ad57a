package io.tradewatch.risk.messaging;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.amqp.AmqpRejectAndDontRequeueException;
import org.springframework.amqp.core.Message;
import org.springframework.stereotype.Component;

/**
 * Reads inbound event bodies. A body that is not the expected JSON will never become readable, so it is
 * rejected without requeue and the broker dead-letters it to the queue's {@code .dlq}.
 */
@Component
public class EventReader {

    private final JsonMapper json;

    EventReader(JsonMapper json) {
        this.json = json;
    }

    public <T> T read(Message message, Class<T> type) {
        try {
            return json.readValue(message.getBody(), type);
        }
        catch (JacksonException ex) {
            throw poison(message, "its body is not a readable " + type.getSimpleName() + ": " + ex.getOriginalMessage());
        }
    }

    /** The exception that dead-letters a message that can never be processed, saying why. */
    public static AmqpRejectAndDontRequeueException poison(Message message, String why) {
        String id = message.getMessageProperties().getMessageId();
        return new AmqpRejectAndDontRequeueException("Message " + ((id != null) ? id : "without id") + " from "
                + message.getMessageProperties().getConsumerQueue() + " can never be processed: " + why
                + "; fix its publisher");
    }
}
