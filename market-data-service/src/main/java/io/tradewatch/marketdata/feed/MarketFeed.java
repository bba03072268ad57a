package io.tradewatch.marketdata.feed;

import java.util.List;

import io.tradewatch.marketdata.domain.tick.TickSource;

/**
 * A source of ticks. It hands every tick and every unreadable message to a {@link TickSink} without ever
 * blocking on it, and reports its connections' life to a {@link ConnectionListener}.
 */
public interface MarketFeed {

    TickSource source();

    /** The feed's connections, known from construction on. */
    List<FeedConnection> connections();

    /** Starts delivering; returns at once. */
    void start(TickSink sink, ConnectionListener listener);

    /** Stops delivering and closes every connection; returns when no more ticks will be delivered. */
    void stop();
}
