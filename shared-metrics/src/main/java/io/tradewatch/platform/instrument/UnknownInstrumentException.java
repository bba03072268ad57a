package io.tradewatch.platform.instrument;

/** A symbol that the instrument catalog does not list; the message names it and how to see those it does. */
public final class UnknownInstrumentException extends IllegalArgumentException {

    private final String symbol;

    UnknownInstrumentException(String symbol) {
        super("Symbol " + symbol + " is not in the instrument catalog (tradewatch.instruments); "
                + "GET /api/market/symbols lists those that are");
        this.symbol = symbol;
    }

    /** The symbol asked for, normalised to upper case. */
    public String symbol() {
        return symbol;
    }
}
