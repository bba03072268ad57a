package io.tradewatch.marketdata.feed;

/** The life of one feed connection. */
public enum ConnectionState {

    /** Not started yet, or opening. */
    CONNECTING,

    /** Open and delivering. */
    CONNECTED,

    /** Lost or closed; a reconnect may be scheduled. */
    DISCONNECTED,

    /** Stopped for good (shutdown, or a replay that reached its end). */
    STOPPED
}
