package io.tradewatch.marketdata.feed.simulated;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.tradewatch.marketdata.domain.tick.TickSource;
import io.tradewatch.marketdata.feed.FeedConnection;
import io.tradewatch.marketdata.feed.ThreadedFeed;
import io.tradewatch.marketdata.feed.TickSink;

/**
 * The default feed: one thread emits simulated ticks at the configured rate, spread over its symbols. It
 * logs its seed at start, so any run can be repeated.
 */
public final class SimulatedFeed extends ThreadedFeed {

    private static final Logger log = LoggerFactory.getLogger(SimulatedFeed.class);

    private static final long MAX_PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(5);

    private final SimulatedSettings settings;

    private final List<String> symbols;

    private final TickGenerator generator;

    private final long seed;

    /**
     * A feed of {@code settings.symbols()}, or of every catalog instrument when that is empty.
     *
     * @throws IllegalArgumentException if {@code settings.symbols()} names a symbol the catalog does not list
     */
    public SimulatedFeed(SimulatedSettings settings, List<io.tradewatch.platform.instrument.Instrument> catalog) {
        super("simulated", "md-simulated-feed", "simulated feed stopped");
        this.settings = settings;
        Map<String, io.tradewatch.platform.instrument.Instrument> bySymbol = new LinkedHashMap<>();
        catalog.forEach(instrument -> bySymbol.put(instrument.symbol(), instrument));
        this.symbols = settings.symbols().isEmpty() ? List.copyOf(bySymbol.keySet()) : settings.symbols();
        List<String> unknown = symbols.stream().filter(symbol -> !bySymbol.containsKey(symbol)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("tradewatch.market-data.feed.simulated.symbols names " + unknown
                    + ", which the instrument catalog (tradewatch.instruments) does not list; validation would"
                    + " reject all their ticks");
        }
        this.seed = (settings.seed() != null) ? settings.seed() : ThreadLocalRandom.current().nextLong();
        List<Instrument> instruments = symbols.stream()
            .map(symbol -> Instrument.of(symbol, settings.instruments().get(symbol), bySymbol.get(symbol).tickSize(),
                    bySymbol.get(symbol).lotSize()))
            .toList();
        this.generator = new TickGenerator(symbols, instruments, seed, settings);
    }

    @Override
    public TickSource source() {
        return TickSource.SIMULATED;
    }

    @Override
    protected void started() {
        log.info("Simulated feed started: {} symbols, {} ticks/s, seed {} (set tradewatch.market-data.feed.simulated.seed"
                + " to repeat this run), gap probability {}, malformed probability {}", symbols.size(),
                settings.ticksPerSecond(), seed, settings.gapProbability(), settings.malformedProbability());
    }

    @Override
    protected void produce(TickSink sink) {
        FeedConnection connection = connection();
        connection.opened("simulating " + symbols.size() + " symbols");
        double rate = settings.ticksPerSecond();
        long pause = Math.min(MAX_PAUSE_NANOS, (long) (1e9 / rate));
        long start = System.nanoTime();
        long emitted = 0;
        while (running()) {
            long due = (long) ((System.nanoTime() - start) / 1e9 * rate);
            if (due - emitted > rate) {
                emitted = due - (long) rate;
            }
            while (emitted < due && running()) {
                sink.accept(generator.next(System.currentTimeMillis()));
                connection.message();
                emitted++;
            }
            LockSupport.parkNanos(pause);
        }
    }
}
