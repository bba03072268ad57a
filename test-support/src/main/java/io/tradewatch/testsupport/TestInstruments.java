package io.tradewatch.testsupport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.tradewatch.platform.instrument.Instrument;
import io.tradewatch.platform.instrument.InstrumentCatalog;

/**
 * Instrument catalogs for tests that need symbols of their own (one per test, so sequence numbers and
 * positions do not mix): each symbol gets a tick size of 0.01, a lot size of 0.001, no minimum notional, and
 * is tradable.
 */
public final class TestInstruments {

    public static final BigDecimal TICK_SIZE = new BigDecimal("0.01");

    public static final BigDecimal LOT_SIZE = new BigDecimal("0.001");

    private TestInstruments() {
    }

    /** A catalog of exactly these symbols. */
    public static InstrumentCatalog catalog(String... symbols) {
        return new InstrumentCatalog(List.of(symbols)
            .stream()
            .map(symbol -> new Instrument(symbol, TICK_SIZE, LOT_SIZE, BigDecimal.ZERO, true))
            .toList());
    }

    /** The same catalog as command-line arguments ({@code --tradewatch.instruments[i].symbol=...}). */
    public static List<String> arguments(String... symbols) {
        List<String> arguments = new ArrayList<>();
        for (int i = 0; i < symbols.length; i++) {
            String key = "--tradewatch.instruments[" + i + "].";
            arguments.add(key + "symbol=" + symbols[i]);
            arguments.add(key + "tick-size=" + TICK_SIZE.toPlainString());
            arguments.add(key + "lot-size=" + LOT_SIZE.toPlainString());
        }
        return arguments;
    }
}
