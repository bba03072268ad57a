package io.tradewatch.marketdata.feed.simulated;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Random;

import io.tradewatch.marketdata.domain.tick.Tick;
import io.tradewatch.marketdata.domain.tick.TickSource;

/**
 * Makes the simulated ticks: picks a symbol, moves its price path, rounds price, bid, ask and size to the
 * instrument's decimals, and injects gaps and invalid ticks at the configured rates. The same seed gives
 * the same ticks in the same order. Not thread-safe: the feed's one thread owns it.
 */
final class TickGenerator {

    static final String UNKNOWN_SYMBOL = "UNKNOWNUSDT";

    private static final double SECONDS_PER_YEAR = 365.25 * 24 * 3600;

    private final List<String> symbols;

    private final Instrument[] instruments;

    private final GbmPath[] paths;

    private final long[] seqs;

    private final Random random;

    private final double dtYears;

    private final double gapProbability;

    private final double malformedProbability;

    TickGenerator(List<String> symbols, List<Instrument> instruments, long seed, SimulatedSettings settings) {
        this.symbols = List.copyOf(symbols);
        this.instruments = instruments.toArray(Instrument[]::new);
        this.paths = instruments.stream()
            .map(instrument -> new GbmPath(instrument.startPrice().doubleValue(), instrument.drift(),
                    instrument.volatility()))
            .toArray(GbmPath[]::new);
        this.seqs = new long[symbols.size()];
        this.random = new Random(seed);
        double perSymbolInterval = symbols.size() / settings.ticksPerSecond();
        this.dtYears = perSymbolInterval * settings.timeScale() / SECONDS_PER_YEAR;
        this.gapProbability = settings.gapProbability();
        this.malformedProbability = settings.malformedProbability();
    }

    /** The next tick, stamped with {@code nowMillis} as trade and receive time. */
    Tick next(long nowMillis) {
        int index = random.nextInt(symbols.size());
        if (gapProbability > 0 && random.nextDouble() < gapProbability) {
            seqs[index] += 1 + random.nextInt(3);
        }
        long seq = ++seqs[index];
        Instrument instrument = instruments[index];
        double price = paths[index].step(dtYears, random.nextGaussian());
        BigDecimal tickSize = instrument.tickSize();
        BigDecimal last = steps(price, tickSize, RoundingMode.HALF_EVEN).max(tickSize);
        double halfSpread = price * instrument.spreadBps() / 20_000;
        BigDecimal bid = steps(price - halfSpread, tickSize, RoundingMode.FLOOR).max(tickSize).min(last);
        BigDecimal ask = steps(price + halfSpread, tickSize, RoundingMode.CEILING).max(last);
        double size = instrument.meanSize().doubleValue() * Math.exp(0.75 * random.nextGaussian() - 0.28);
        BigDecimal quantity = steps(size, instrument.lotSize(), RoundingMode.HALF_EVEN).max(instrument.lotSize());
        Tick tick = new Tick(symbols.get(index), last, quantity, bid, ask, seq, nowMillis, TickSource.SIMULATED,
                nowMillis);
        if (malformedProbability > 0 && random.nextDouble() < malformedProbability) {
            return malformed(tick);
        }
        return tick;
    }

    private Tick malformed(Tick tick) {
        return switch (random.nextInt(4)) {
            case 0 -> new Tick(tick.symbol(), null, tick.size(), tick.bid(), tick.ask(), tick.seq(),
                    tick.tradeTimeMillis(), tick.source(), tick.receivedAtMillis());
            case 1 -> new Tick(tick.symbol(), BigDecimal.ZERO, tick.size(), tick.bid(), tick.ask(), tick.seq(),
                    tick.tradeTimeMillis(), tick.source(), tick.receivedAtMillis());
            case 2 -> new Tick(tick.symbol(), tick.price(), tick.size().negate(), tick.bid(), tick.ask(), tick.seq(),
                    tick.tradeTimeMillis(), tick.source(), tick.receivedAtMillis());
            default -> new Tick(UNKNOWN_SYMBOL, tick.price(), tick.size(), tick.bid(), tick.ask(), 1,
                    tick.tradeTimeMillis(), tick.source(), tick.receivedAtMillis());
        };
    }

    /** {@code value} as a whole number of {@code step}s, with the step's scale. */
    private static BigDecimal steps(double value, BigDecimal step, RoundingMode rounding) {
        return BigDecimal.valueOf(value).divide(step, 0, rounding).multiply(step);
    }
}
