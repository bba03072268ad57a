package io.tradewatch.orders.domain;

/** How an order is priced: at the market's quote, or at a limit price or better. */
public enum OrderType {
    MARKET, LIMIT
}
