package io.tradewatch.marketdata.api;

import java.util.List;

import io.tradewatch.marketdata.store.CandleView;

/** The answer of {@code GET /api/market/candles/{symbol}}: the newest candles, oldest first. */
record CandlesView(String symbol, String interval, List<CandleView> candles) {
}
