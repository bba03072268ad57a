package io.tradewatch.marketdata.feed;

/** Which feed the service runs. */
public enum FeedType {

    /** Geometric Brownian motion per symbol, generated in process (the default). */
    SIMULATED,

    /** Trades recorded in a CSV file, replayed at original or accelerated speed. */
    REPLAY,

    /** A Binance-compatible combined WebSocket stream of trades and best quotes. */
    WEBSOCKET
}
