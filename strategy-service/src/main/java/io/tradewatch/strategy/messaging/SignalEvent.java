package io.tradewatch.strategy.messaging;

import java.time.Instant;

/** The {@code signal} message of docs/events.md, field for field. */
record SignalEvent(String type, String id, Instant occurredAt, int version, String strategyId, String strategyType,
        String symbol, String side, double strength, String referencePrice, String notional, Instant tickTime) {
}
