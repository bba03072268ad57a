package io.tradewatch.platform.messaging;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.amqp.core.Message;

/**
 * Reads a message body into one of a service's event records, with the application's {@link JsonMapper}. A
 * body that is not a readable instance of the type is an {@link UnreadableMessageException}: a listener lets
 * it propagate (the message is dead-lettered at its first attempt) or, for transient ticks, catches it and
 * counts the tick as dropped.
 */
public final class MessageReader {

    private final JsonMapper json;

    /** One reader per type, its deserializer resolved once: ticks are read thousands of times a second. */
    private final Map<Class<?>, ObjectReader> readers = new ConcurrentHashMap<>();

    public MessageReader(JsonMapper json) {
        this.json = json;
    }

    /**
     * The message's body as a {@code type}.
     * @throws UnreadableMessageException when the body is empty, {@code null} or not a readable {@code type}
     */
    public <T> T read(Message message, Class<T> type) {
        T value;
        try {
            value = readers.computeIfAbsent(type, json::readerFor).readValue(message.getBody());
        }
        catch (JacksonException ex) {
            throw new UnreadableMessageException(message,
                    "its body is not a readable " + type.getSimpleName() + ": " + ex.getOriginalMessage(), ex);
        }
        if (value == null) {
            throw new UnreadableMessageException(message, "its body is empty or null, not a " + type.getSimpleName());
        }
        return value;
    }
}
