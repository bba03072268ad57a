package io.tradewatch.orders.domain;

/** How long an approved limit order may wait: until cancelled (GTC) or not at all (IOC: fill now or cancel). */
public enum TimeInForce {
    GTC, IOC
}
