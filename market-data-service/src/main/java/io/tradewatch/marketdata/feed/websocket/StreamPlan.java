package io.tradewatch.marketdata.feed.websocket;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which streams each connection subscribes to: every symbol's trade stream (and its best bid/ask stream),
 * a symbol's streams always on one connection, no connection above the per-connection limit.
 */
final class StreamPlan {

    private StreamPlan() {
    }

    static List<List<String>> of(List<String> symbols, boolean bookTicker, int streamsPerConnection) {
        int perSymbol = bookTicker ? 2 : 1;
        int symbolsPerConnection = streamsPerConnection / perSymbol;
        if (symbolsPerConnection < 1) {
            throw new IllegalArgumentException("tradewatch.market-data.feed.websocket.streams-per-connection ("
                    + streamsPerConnection + ") is below the " + perSymbol + " streams one symbol needs");
        }
        List<List<String>> plan = new ArrayList<>();
        for (int from = 0; from < symbols.size(); from += symbolsPerConnection) {
            List<String> streams = new ArrayList<>();
            for (String symbol : symbols.subList(from, Math.min(symbols.size(), from + symbolsPerConnection))) {
                String lower = symbol.toLowerCase(Locale.ROOT);
                streams.add(lower + "@trade");
                if (bookTicker) {
                    streams.add(lower + "@bookTicker");
                }
            }
            plan.add(List.copyOf(streams));
        }
        return List.copyOf(plan);
    }
}
