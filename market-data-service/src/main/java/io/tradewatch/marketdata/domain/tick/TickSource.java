package io.tradewatch.marketdata.domain.tick;

import java.util.Locale;

/** Where a tick came from; its wire name is the {@code source} field of the tick event. */
public enum TickSource {

    SIMULATED, REPLAY, WEBSOCKET;

    private final String wireName = name().toLowerCase(Locale.ROOT);

    public String wireName() {
        return wireName;
    }
}
