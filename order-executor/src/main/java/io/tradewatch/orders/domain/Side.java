package io.tradewatch.orders.domain;

/** The side of an order or a fill: buying adds to a position, selling takes from it. */
public enum Side {

    BUY, SELL;

    /** +1 for buys, -1 for sells: the sign a fill of this side gives to a position change. */
    public int sign() {
        return switch (this) {
            case BUY -> 1;
            case SELL -> -1;
        };
    }
}
