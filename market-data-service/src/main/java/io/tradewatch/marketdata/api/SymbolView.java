package io.tradewatch.marketdata.api;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.tradewatch.platform.instrument.Instrument;

/**
 * A catalog instrument with its base and quote asset (quote asset null when its suffix is not a known one),
 * its tick size, lot size and minimum notional, and whether orders may be placed on it.
 */
record SymbolView(String symbol, String baseAsset, @Nullable String quoteAsset, BigDecimal tickSize,
        BigDecimal lotSize, BigDecimal minNotional, boolean tradable) {

    private static final List<String> QUOTE_ASSETS = List.of("FDUSD", "USDT", "USDC", "BUSD", "TUSD", "BTC", "ETH",
            "BNB", "EUR");

    static SymbolView of(Instrument instrument) {
        String symbol = instrument.symbol();
        String base = symbol;
        String quote = null;
        for (String candidate : QUOTE_ASSETS) {
            if (symbol.endsWith(candidate) && symbol.length() > candidate.length()) {
                base = symbol.substring(0, symbol.length() - candidate.length());
                quote = candidate;
                break;
            }
        }
        return new SymbolView(symbol, base, quote, instrument.tickSize(), instrument.lotSize(),
                instrument.minNotional(), instrument.tradable());
    }
}
