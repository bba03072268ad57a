package io.tradewatch.marketdata.domain.tick;

/** Why validation refused a tick. */
public enum Rejection {

    /** A price, size, bid or ask that is not a number, not positive, or a bid above the ask. */
    INVALID,

    /** A symbol this service is not configured for. */
    UNKNOWN_SYMBOL,

    /** The same sequence number as the symbol's previous tick. */
    DUPLICATE,

    /** A sequence number lower than the symbol's previous tick. */
    OUT_OF_ORDER
}
