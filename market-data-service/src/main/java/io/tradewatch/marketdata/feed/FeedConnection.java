package io.tradewatch.marketdata.feed;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import org.jspecify.annotations.Nullable;

/**
 * One connection of a feed and its running figures: state, messages, parse errors, reconnects and the
 * time of its last message. The feed updates it; the monitor and the REST API read it.
 */
public final class FeedConnection {

    private final String name;

    private final LongAdder messages = new LongAdder();

    private final LongAdder parseErrors = new LongAdder();

    private final AtomicLong reconnects = new AtomicLong();

    private volatile ConnectionState state = ConnectionState.CONNECTING;

    private volatile long connectedSinceNanos;

    private volatile long lastMessageNanos;

    private volatile @Nullable ConnectionListener listener;

    public FeedConnection(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    /** Who is told of state changes from now on. */
    public void listenWith(ConnectionListener listener) {
        this.listener = listener;
    }

    /** The connection is open; counts as activity, so staleness is measured from now. */
    public void opened(String detail) {
        long now = System.nanoTime();
        connectedSinceNanos = now;
        lastMessageNanos = now;
        change(ConnectionState.CONNECTED, detail);
    }

    public void closed(String detail) {
        change(ConnectionState.DISCONNECTED, detail);
    }

    public void stopped(String detail) {
        change(ConnectionState.STOPPED, detail);
    }

    public void message() {
        messages.increment();
        lastMessageNanos = System.nanoTime();
    }

    public void parseError() {
        parseErrors.increment();
        lastMessageNanos = System.nanoTime();
    }

    public void reconnecting() {
        reconnects.incrementAndGet();
    }

    public ConnectionState state() {
        return state;
    }

    public long messages() {
        return messages.sum();
    }

    public long parseErrors() {
        return parseErrors.sum();
    }

    public long reconnects() {
        return reconnects.get();
    }

    /** Nanoseconds since the last message (or since the connection opened), at {@code nowNanos}. */
    public long quietNanos(long nowNanos) {
        return nowNanos - lastMessageNanos;
    }

    /** Nanoseconds the connection has been open at {@code nowNanos}, or -1 while it is not. */
    public long uptimeNanos(long nowNanos) {
        return (state == ConnectionState.CONNECTED) ? nowNanos - connectedSinceNanos : -1;
    }

    public boolean hasReceived() {
        return messages.sum() + parseErrors.sum() > 0;
    }

    private void change(ConnectionState next, String detail) {
        ConnectionState previous = state;
        state = next;
        ConnectionListener current = listener;
        if (current != null && previous != next) {
            current.stateChanged(this, next, detail);
        }
    }
}
