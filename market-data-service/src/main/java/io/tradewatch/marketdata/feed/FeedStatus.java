package io.tradewatch.marketdata.feed;

import org.jspecify.annotations.Nullable;

import io.tradewatch.marketdata.domain.tick.TickSource;

/**
 * A change in what a feed connection delivers, as announced in {@code feed.status} events.
 *
 * @param atMillis when it was noticed, epoch milliseconds
 */
public record FeedStatus(TickSource feed, String connection, Status status, @Nullable String detail, long atMillis) {

    /** The announced states. */
    public enum Status {

        /** Open and delivering. */
        CONNECTED,

        /** Closed, lost or stopped. */
        DISCONNECTED,

        /** Open, but silent for longer than the stale limit. */
        STALE
    }
}
