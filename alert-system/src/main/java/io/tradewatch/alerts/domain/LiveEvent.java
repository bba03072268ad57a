package io.tradewatch.alerts.domain;

import org.jspecify.annotations.Nullable;


/**
 * What travels on the Redis channel {@code alerts:live} and out as a Server-Sent Event: a new alert
 * ({@code event=alert}) or an acknowledgement ({@code event=ack}).
 */
public record LiveEvent(String event, String historyId, @Nullable AlertView alert, @Nullable AckView ack) {
}
