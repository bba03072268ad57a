package io.tradewatch.alerts.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** Who acknowledged an alert and when; the first acknowledgement is kept. */
public record AckView(String alertId, Instant ackedAt, @Nullable String ackedBy, @Nullable String note) {
}
