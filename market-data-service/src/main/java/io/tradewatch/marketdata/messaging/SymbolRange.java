package io.tradewatch.marketdata.messaging;

import java.util.List;
import java.util.TreeSet;

import io.tradewatch.marketdata.domain.tick.Tick;

/** The symbols of a batch, for a log line: {@code ADAUSDT..XRPUSDT (12 symbols)}. */
final class SymbolRange {

    private SymbolRange() {
    }

    static String of(List<Tick> ticks) {
        TreeSet<String> symbols = new TreeSet<>();
        ticks.forEach(tick -> symbols.add(tick.symbol()));
        if (symbols.size() == 1) {
            return symbols.first();
        }
        return symbols.first() + ".." + symbols.last() + " (" + symbols.size() + " symbols)";
    }
}
