package io.tradewatch.platform.instrument;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The instruments of the suite, in configuration order, looked up by symbol case-insensitively (every
 * symbol is normalised to upper case). Built from {@code tradewatch.instruments}; an invalid list (a blank or
 * duplicate symbol, a non-positive tick or lot size, a negative minimum notional) is refused with a message
 * naming the entry, so a service with a bad catalog does not start.
 */
public final class InstrumentCatalog {

    private final Map<String, Instrument> bySymbol;

    public InstrumentCatalog(List<Instrument> instruments) {
        List<String> problems = new ArrayList<>();
        Map<String, Instrument> map = new LinkedHashMap<>();
        if (instruments.isEmpty()) {
            problems.add("tradewatch.instruments is empty; list at least one instrument");
        }
        for (int i = 0; i < instruments.size(); i++) {
            Instrument instrument = instruments.get(i);
            String key = "tradewatch.instruments[" + i + "]";
            if (instrument.symbol() == null || instrument.symbol().isBlank()) {
                problems.add(key + ".symbol is blank");
                continue;
            }
            String symbol = Instrument.normalise(instrument.symbol());
            check(problems, key + ".tick-size", symbol, instrument.tickSize(), true);
            check(problems, key + ".lot-size", symbol, instrument.lotSize(), true);
            check(problems, key + ".min-notional", symbol, instrument.minNotional(), false);
            Instrument normalised = new Instrument(symbol, instrument.tickSize(), instrument.lotSize(),
                    instrument.minNotional(), instrument.tradable());
            if (map.putIfAbsent(symbol, normalised) != null) {
                problems.add(key + ".symbol " + symbol + " is listed twice");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid instrument catalog: " + String.join("; ", problems));
        }
        this.bySymbol = Collections.unmodifiableMap(map);
    }

    /** Every instrument, in configuration order. */
    public List<Instrument> all() {
        return List.copyOf(bySymbol.values());
    }

    /** Every symbol, upper case, in configuration order. */
    public List<String> symbols() {
        return List.copyOf(bySymbol.keySet());
    }

    /** The instrument of {@code symbol} (any case), if the catalog lists it. */
    public Optional<Instrument> find(String symbol) {
        return Optional.ofNullable(bySymbol.get(Instrument.normalise(symbol)));
    }

    /**
     * The instrument of {@code symbol} (any case).
     *
     * @throws UnknownInstrumentException if the catalog does not list it
     */
    public Instrument require(String symbol) {
        String normalised = Instrument.normalise(symbol);
        Instrument instrument = bySymbol.get(normalised);
        if (instrument == null) {
            throw new UnknownInstrumentException(normalised);
        }
        return instrument;
    }

    /** Whether the catalog lists {@code symbol} (any case). */
    public boolean contains(String symbol) {
        return bySymbol.containsKey(Instrument.normalise(symbol));
    }

    private static void check(List<String> problems, String key, String symbol, BigDecimal value, boolean positive) {
        if (value == null) {
            problems.add(key + " (" + symbol + ") is missing");
        }
        else if (positive ? value.signum() <= 0 : value.signum() < 0) {
            problems.add(key + " (" + symbol + ") must be " + (positive ? "positive" : "zero or more") + ", not "
                    + value.toPlainString());
        }
    }
}
