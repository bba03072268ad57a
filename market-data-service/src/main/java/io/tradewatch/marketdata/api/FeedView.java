package io.tradewatch.marketdata.api;

import java.util.List;

import org.jspecify.annotations.Nullable;

import io.tradewatch.marketdata.feed.ConnectionView;

/**
 * The answer of {@code GET /api/market/feed}.
 *
 * @param feed the running feed: {@code simulated}, {@code replay} or {@code websocket}
 * @param status the {@code feed} health component: UP, DEGRADED or DOWN
 * @param detail why it is not UP, or null
 * @param staleAfterSeconds silence after which a connection is STALE
 */
record FeedView(String feed, String status, @Nullable String detail, double staleAfterSeconds,
        List<ConnectionView> connections) {
}
