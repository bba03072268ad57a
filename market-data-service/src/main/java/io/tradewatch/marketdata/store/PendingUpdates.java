package io.tradewatch.marketdata.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.tradewatch.marketdata.domain.candle.Candle;
import io.tradewatch.marketdata.domain.candle.CandleAggregator;
import io.tradewatch.marketdata.domain.tick.Tick;

/**
 * What the cache writer has yet to write: the latest tick per symbol (older ones are superseded) and the
 * candle parts of every tick since the last write. Bounded by symbols (and minutes), however many ticks
 * arrive while a write is under way or Redis is away.
 */
final class PendingUpdates {

    private Map<String, Tick> quotes = new LinkedHashMap<>();

    private final CandleAggregator candles = new CandleAggregator();

    private boolean closed;

    synchronized void add(List<Tick> ticks) {
        for (Tick tick : ticks) {
            quotes.put(tick.symbol(), tick);
            candles.add(tick.symbol(), tick.tradeTimeMillis(), tick.price(), tick.size());
        }
        notifyAll();
    }

    /** Waits for updates and takes them all; {@code null} once closed with nothing left. */
    synchronized @Nullable Batch take() throws InterruptedException {
        while (quotes.isEmpty() && candles.isEmpty() && !closed) {
            wait();
        }
        if (quotes.isEmpty() && candles.isEmpty()) {
            return null;
        }
        Batch batch = new Batch(quotes, candles.take());
        quotes = new LinkedHashMap<>();
        return batch;
    }

    /** Puts back a batch that was not written, behind anything newer that arrived meanwhile. */
    synchronized void restore(Batch batch) {
        Map<String, Tick> newer = quotes;
        quotes = new LinkedHashMap<>(batch.quotes());
        quotes.putAll(newer);
        candles.restore(batch.candles());
    }

    synchronized void close() {
        closed = true;
        notifyAll();
    }

    /** One write's worth: quotes by symbol, and candle parts by symbol. */
    record Batch(Map<String, Tick> quotes, Map<String, List<Candle>> candles) {

        int candleWrites() {
            return candles.size();
        }
    }
}
