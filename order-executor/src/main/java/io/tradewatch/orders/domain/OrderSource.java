package io.tradewatch.orders.domain;

/** Where an order came from: a client over REST, or a strategy's signal. */
public enum OrderSource {
    REST, SIGNAL
}
