package io.tradewatch.platform.messaging;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.amqp.AmqpRejectAndDontRequeueException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MessageReaderTests {

    private final MessageReader reader = new MessageReader(JsonMapper.builder().build());

    @Test
    void aReadableBodyBecomesTheRecord() {
        Fill fill = reader.read(message("{\"id\":\"f-1\",\"quantity\":\"0.50\"}"), Fill.class);

        assertThat(fill).isEqualTo(new Fill("f-1", new BigDecimal("0.50")));
    }

    @Test
    void aBodyThatIsNotJsonIsUnreadableAndSaysWhichMessageFromWhichQueue() {
        assertThatExceptionOfType(UnreadableMessageException.class)
            .isThrownBy(() -> reader.read(message("poison"), Fill.class))
            .isInstanceOf(AmqpRejectAndDontRequeueException.class)
            .withMessageStartingWith("Message m-1 from test.fills can never be processed: its body is not a readable Fill")
            .withMessageEndingWith("; fix its publisher");
    }

    @Test
    void aValueOfTheWrongTypeIsUnreadable() {
        assertThatExceptionOfType(UnreadableMessageException.class)
            .isThrownBy(() -> reader.read(message("{\"id\":\"f-1\",\"quantity\":\"half\"}"), Fill.class))
            .withMessageContaining("not a readable Fill");
    }

    @Test
    void anEmptyOrNullBodyIsUnreadable() {
        assertThatExceptionOfType(UnreadableMessageException.class)
            .isThrownBy(() -> reader.read(message(""), Fill.class))
            .withMessageContaining("Fill");
        assertThatExceptionOfType(UnreadableMessageException.class)
            .isThrownBy(() -> reader.read(message("null"), Fill.class))
            .withMessageContaining("empty or null, not a Fill");
    }

    @Test
    void aMessageWithoutIdOrQueueIsStillDescribed() {
        assertThatExceptionOfType(UnreadableMessageException.class)
            .isThrownBy(() -> reader.read(new Message("[".getBytes(), new MessageProperties()), Fill.class))
            .withMessageStartingWith("Message without id from no queue can never be processed");
    }

    private static Message message(String body) {
        MessageProperties properties = new MessageProperties();
        properties.setMessageId("m-1");
        properties.setConsumerQueue("test.fills");
        return new Message(body.getBytes(), properties);
    }

    record Fill(String id, BigDecimal quantity) {
    }
}
