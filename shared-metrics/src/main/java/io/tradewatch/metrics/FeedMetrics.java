package io.tradewatch.metrics;

import java.util.List;
import java.util.concurrent.atomic.AtomicLongArray;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;

import io.tradewatch.metrics.catalog.TagValues.Feed;

import static io.tradewatch.metrics.catalog.MetricCatalog.FEED_LAST_MESSAGE_AGE;
import static io.tradewatch.metrics.catalog.MetricCatalog.FEED_MESSAGES_MISSED;
import static io.tradewatch.metrics.catalog.MetricCatalog.FEED_PARSE_ERRORS;
import static io.tradewatch.metrics.catalog.MetricCatalog.FEED_SEQUENCE_GAPS;
import static io.tradewatch.metrics.catalog.MetricCatalog.WS_CONNECTIONS;
import static io.tradewatch.metrics.catalog.MetricCatalog.WS_CONNECTION_STATUS;
import static io.tradewatch.metrics.catalog.MetricCatalog.WS_DISCONNECTIONS;
import static io.tradewatch.metrics.catalog.MetricCatalog.WS_RECONNECTS;

/** Records the {@code feed} group: WebSocket connection life, sequence gaps, parse errors, feed freshness. */
public final class FeedMetrics {

    private final GuardedMeters<Counter> connections;

    private final GuardedMeters<Counter> disconnections;

    private final GuardedMeters<Counter> reconnects;

    private final GuardedMeters<GaugeValue> connectionStatus;

    private final GuardedMeters<Counter> gaps;

    private final GuardedMeters<Counter> missed;

    private final Counter[] parseErrors;

    private final AtomicLongArray lastMessageNanos = new AtomicLongArray(Feed.values().length);

    public FeedMetrics(MeterFactory meters) {
        this.connections = meters.guardedCounters(WS_CONNECTIONS, "connection");
        this.disconnections = meters.guardedCounters(WS_DISCONNECTIONS, "connection");
        this.reconnects = meters.guardedCounters(WS_RECONNECTS, "connection");
        // A connection's status changes rarely while it is healthy, so it must not expire like a counter.
        this.connectionStatus = meters.guardedInner(WS_CONNECTION_STATUS, "connection",
                value -> meters.gauge(WS_CONNECTION_STATUS, "connection", value), status -> List.<Meter>of());
        this.gaps = meters.guardedCounters(FEED_SEQUENCE_GAPS, "symbol");
        this.missed = meters.guardedCounters(FEED_MESSAGES_MISSED, "symbol");
        this.parseErrors = BoundedMeters.counters(meters, FEED_PARSE_ERRORS, Feed.class);
        for (Feed feed : Feed.values()) {
            meters.gauge(FEED_LAST_MESSAGE_AGE, this, self -> self.lastMessageAgeSeconds(feed), "feed", feed.tagValue());
        }
    }

    /** Registers every series of these WebSocket connections at zero (status 0: not open) before they open. */
    public void declareConnections(Iterable<String> names) {
        for (String connection : names) {
            connections.get(connection);
            disconnections.get(connection);
            reconnects.get(connection);
            connectionStatus.get(connection);
        }
    }

    /** Registers the sequence gap and missed message series of these symbols at zero. */
    public void declareSymbols(Iterable<String> symbols) {
        for (String symbol : symbols) {
            gaps.get(symbol);
            missed.get(symbol);
        }
    }

    public void connected(String connection) {
        connections.get(connection).increment();
        connectionStatus.get(connection).set(1);
    }

    public void disconnected(String connection) {
        disconnections.get(connection).increment();
        connectionStatus.get(connection).set(0);
    }

    public void reconnecting(String connection) {
        reconnects.get(connection).increment();
    }

    /** A jump in {@code symbol}'s sequence that skipped {@code missedMessages}. */
    public void sequenceGap(String symbol, long missedMessages) {
        gaps.get(symbol).increment();
        missed.get(symbol).increment(missedMessages);
    }

    public void parseError(Feed feed) {
        parseErrors[feed.ordinal()].increment();
    }

    /** Marks a feed active: its message age counts from now until its first message. */
    public void feedStarted(Feed feed) {
        lastMessageNanos.set(feed.ordinal(), System.nanoTime());
    }

    public void messageReceived(Feed feed) {
        lastMessageNanos.set(feed.ordinal(), System.nanoTime());
    }

    private double lastMessageAgeSeconds(Feed feed) {
        long last = lastMessageNanos.get(feed.ordinal());
        return (last == 0) ? 0 : (System.nanoTime() - last) / 1e9;
    }
}
