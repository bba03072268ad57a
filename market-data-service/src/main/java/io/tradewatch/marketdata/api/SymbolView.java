package io.tradewatch.marketdata.api;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** A configured symbol with its base and quote asset (quote asset null when its suffix is not a known one). */
record SymbolView(String symbol, String baseAsset, @Nullable String quoteAsset) {

    private static final List<String> QUOTE_ASSETS = List.of("FDUSD", "USDT", "USDC", "BUSD", "TUSD", "BTC", "ETH",
            "BNB", "EUR");

    static SymbolView of(String symbol) {
        for (String quote : QUOTE_ASSETS) {
            if (symbol.endsWith(quote) && symbol.length() > quote.length()) {
                return new SymbolView(symbol, symbol.substring(0, symbol.length() - quote.length()), quote);
            }
        }
        return new SymbolView(symbol, symbol, null);
    }
}
