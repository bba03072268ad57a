package io.tradewatch.alerts.domain;

import org.jspecify.annotations.Nullable;


/** One alert of the history with its stream id ({@code historyId}, also the SSE event id) and its acknowledgement. */
public record HistoryEntry(String historyId, AlertView alert, @Nullable AckView ack) {
}
