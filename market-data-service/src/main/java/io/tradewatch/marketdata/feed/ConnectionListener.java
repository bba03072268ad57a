package io.tradewatch.marketdata.feed;

/** Told of every state change of a feed connection; called on the feed's own thread, so it must not block. */
@FunctionalInterface
public interface ConnectionListener {

    void stateChanged(FeedConnection connection, ConnectionState state, String detail);
}
