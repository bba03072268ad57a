package io.tradewatch.risk.domain.rules;

/** The side of an order or a fill. */
public enum Side {
    BUY, SELL;

    /** +1 for a buy, -1 for a sell: the sign of the position change. */
    public int sign() {
        return switch (this) {
            case BUY -> 1;
            case SELL -> -1;
        };
    }
}
