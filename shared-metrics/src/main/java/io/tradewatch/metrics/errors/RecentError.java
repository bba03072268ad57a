package io.tradewatch.metrics.errors;

import java.time.Instant;

/** One error as operators see it: when, what type, the message and the component that logged it. */
public record RecentError(Instant time, String type, String message, String component) {
}
