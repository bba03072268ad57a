package io.tradewatch.marketdata.store;

import java.util.Map;

/**
 * The latest quote of a symbol as stored in {@code md:quote:<SYMBOL>}.
 *
 * @param last last trade price (decimal string)
 * @param size last trade size, base asset (decimal string)
 * @param seq the last trade's sequence number
 * @param ts the last trade's time, epoch milliseconds
 */
public record Quote(String symbol, String last, String bid, String ask, String size, long seq, long ts) {

    static Quote of(String symbol, Map<String, String> fields) {
        return new Quote(symbol, fields.get("last"), fields.get("bid"), fields.get("ask"), fields.get("size"),
                Long.parseLong(fields.get("seq")), Long.parseLong(fields.get("ts")));
    }
}
