package io.tradewatch.alerts.history;

import org.jspecify.annotations.Nullable;

import io.tradewatch.alerts.intake.AlertView;

/** One alert of the history with its stream id ({@code historyId}, also the SSE event id) and its acknowledgement. */
public record HistoryEntry(String historyId, AlertView alert, @Nullable AckView ack) {
}
