package io.tradewatch.marketdata.domain.candle;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Folds trades, in arrival order, into candle parts per symbol and minute until they are taken for one
 * write. Not thread-safe: the owner synchronizes.
 */
public final class CandleAggregator {

    private Map<String, Map<Long, Candle>> parts = new LinkedHashMap<>();

    public void add(String symbol, long tradeTimeMillis, BigDecimal price, BigDecimal size) {
        long minute = Candle.minuteOf(tradeTimeMillis);
        Map<Long, Candle> minutes = parts.computeIfAbsent(symbol, key -> new LinkedHashMap<>());
        Candle current = minutes.get(minute);
        minutes.put(minute, (current == null) ? Candle.of(tradeTimeMillis, price, size) : current.plus(price, size));
    }

    /** Merges parts taken earlier (and not written) in front of what was added since. */
    public void restore(Map<String, List<Candle>> earlier) {
        Map<String, Map<Long, Candle>> later = parts;
        parts = new LinkedHashMap<>();
        earlier.forEach((symbol, candles) -> candles.forEach(candle -> put(symbol, candle)));
        later.forEach((symbol, minutes) -> minutes.values().forEach(candle -> put(symbol, candle)));
    }

    /** The parts gathered so far, per symbol in minute order of arrival, and starts afresh. */
    public Map<String, List<Candle>> take() {
        Map<String, List<Candle>> taken = new LinkedHashMap<>();
        parts.forEach((symbol, minutes) -> taken.put(symbol, new ArrayList<>(minutes.values())));
        parts = new LinkedHashMap<>();
        return taken;
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }

    private void put(String symbol, Candle candle) {
        Map<Long, Candle> minutes = parts.computeIfAbsent(symbol, key -> new LinkedHashMap<>());
        minutes.merge(candle.openMillis(), candle, Candle::merge);
    }
}
