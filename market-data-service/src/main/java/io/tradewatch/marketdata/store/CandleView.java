package io.tradewatch.marketdata.store;

/**
 * One stored one-minute candle, exactly as the member JSON of {@code md:candles:<SYMBOL>:1m} holds it.
 *
 * @param t open time, epoch milliseconds
 * @param o open price (decimal string)
 * @param h high price
 * @param l low price
 * @param c close price
 * @param v volume in the base asset
 */
public record CandleView(long t, String o, String h, String l, String c, String v) {
}
