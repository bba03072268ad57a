package io.tradewatch.marketdata.feed.simulated;

import java.util.List;
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

    public SimulatedFeed(SimulatedSettings settings, List<String> configuredSymbols) {
        super("simulated", "md-simulated-feed", "simulated feed stopped");
        this.settings = settings;
        this.symbols = settings.symbols().isEmpty() ? List.copyOf(configuredSymbols) : settings.symbols();
        this.seed = (settings.seed() != null) ? settings.seed() : ThreadLocalRandom.current().nextLong();
        List<Instrument> instruments = symbols.stream()
            .map(symbol -> Instrument.of(symbol, settings.instruments().get(symbol)))
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
