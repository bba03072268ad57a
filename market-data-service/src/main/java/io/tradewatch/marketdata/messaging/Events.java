package io.tradewatch.marketdata.messaging;

/** Names of the message contract in {@code docs/events.md}; the exchanges are the starter's {@code Exchanges}. */
public final class Events {

    /** Routing keys of ticks: {@code tick.<SYMBOL>}. */
    public static final String TICK_PREFIX = "tick.";

    /** The {@code type} of tick bodies. */
    public static final String TICK_TYPE = "tick";

    public static final String FEED_STATUS = "feed.status";

    /** The {@code version} of every body this service publishes. */
    public static final int VERSION = 1;

    public static final String APP_ID = "market-data-service";

    private Events() {
    }
}
