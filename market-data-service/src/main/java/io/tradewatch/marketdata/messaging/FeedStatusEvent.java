package io.tradewatch.marketdata.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.jspecify.annotations.Nullable;

import io.tradewatch.marketdata.feed.FeedStatus;

/** The body of a {@code feed.status} message: a feed connection became CONNECTED, DISCONNECTED or STALE. */
@JsonPropertyOrder({ "type", "id", "occurredAt", "version", "feed", "connection", "status", "detail" })
record FeedStatusEvent(String type, String id, String occurredAt, int version, String feed, String connection,
        String status, @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable String detail) {

    static FeedStatusEvent of(FeedStatus status, String id, IsoTimes times) {
        return new FeedStatusEvent(Events.FEED_STATUS, id, times.format(status.atMillis()), Events.VERSION,
                status.feed().wireName(), status.connection(), status.status().name(), status.detail());
    }
}
