package io.tradewatch.marketdata.messaging;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

import io.tradewatch.marketdata.domain.tick.Tick;
import io.tradewatch.marketdata.feed.FeedStatus;
import io.tradewatch.platform.messaging.TradewatchHeaders;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;

/**
 * Turns ticks and status changes into AMQP messages: JSON bodies, a message id equal to the body's
 * {@code id}, ticks non-persistent (a stale tick is worthless) and status events persistent. Each tick
 * carries {@code tw-origin-at}, the time it was received, from which downstream services measure the
 * pipeline's latency. Ticks are built on the pipeline thread only; status events on the monitor's.
 */
public final class TickMessages {

    private final TickJson ticks = new TickJson();

    private final ObjectWriter statuses;

    private final IsoTimes statusTimes = new IsoTimes();

    private final Map<String, String> routingKeys = new HashMap<>();

    public TickMessages(JsonMapper json) {
        this.statuses = json.writerFor(FeedStatusEvent.class);
    }

    /** The routing key of a symbol's ticks; not thread-safe, used by the pipeline thread only. */
    String routingKey(String symbol) {
        return routingKeys.computeIfAbsent(symbol, key -> Events.TICK_PREFIX + key);
    }

    Message tick(Tick tick) {
        String id = Ids.next();
        MessageProperties properties = properties(id, Events.TICK_TYPE, tick.receivedAtMillis(),
                MessageDeliveryMode.NON_PERSISTENT);
        properties.setHeader(TradewatchHeaders.ORIGIN_AT, tick.receivedAtMillis());
        return new Message(ticks.write(tick, id), properties);
    }

    Message status(FeedStatus status) {
        String id = Ids.next();
        MessageProperties properties = properties(id, Events.FEED_STATUS, status.atMillis(),
                MessageDeliveryMode.PERSISTENT);
        return new Message(statuses.writeValueAsBytes(FeedStatusEvent.of(status, id, statusTimes)), properties);
    }

    private static MessageProperties properties(String id, String type, long atMillis, MessageDeliveryMode mode) {
        MessageProperties properties = new MessageProperties();
        properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        properties.setContentEncoding("UTF-8");
        properties.setDeliveryMode(mode);
        properties.setMessageId(id);
        properties.setType(type);
        properties.setAppId(Events.APP_ID);
        properties.setTimestamp(new Date(atMillis));
        return properties;
    }
}
