package io.tradewatch.orders.messaging;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.amqp.core.Message;
import org.springframework.stereotype.Component;

/** Reads message bodies into the contract's records; an unreadable body is an {@link InvalidMessageException}. */
@Component
class Messages {

    private final JsonMapper json;

    Messages(JsonMapper json) {
        this.json = json;
    }

    <T> T read(Message message, Class<T> type) {
        try {
            return json.readValue(message.getBody(), type);
        }
        catch (JacksonException ex) {
            throw new InvalidMessageException("Unreadable " + type.getSimpleName() + " (message id "
                    + message.getMessageProperties().getMessageId() + "): " + ex.getOriginalMessage(), ex);
        }
    }
}
