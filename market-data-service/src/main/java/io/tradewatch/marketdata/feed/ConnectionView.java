package io.tradewatch.marketdata.feed;

import org.jspecify.annotations.Nullable;

/**
 * One feed connection as {@code GET /api/market/feed} shows it.
 *
 * @param state CONNECTING, CONNECTED, STALE, DISCONNECTED or STOPPED
 * @param uptimeSeconds how long it has been open, null while it is not
 * @param messages messages received since start
 * @param ratePerSecond messages per second over the monitor's last interval
 * @param lastMessageAgeMillis time since its last message (or since it opened), null before it opened
 */
public record ConnectionView(String name, String state, @Nullable Double uptimeSeconds, long messages,
        double ratePerSecond, long parseErrors, long reconnects, @Nullable Long lastMessageAgeMillis) {
}
