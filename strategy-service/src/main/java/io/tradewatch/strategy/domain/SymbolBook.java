package io.tradewatch.strategy.domain;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Every strategy running on one symbol, fed one bar at a time. Live ticks of a symbol arrive in order on
 * one consumer, but the set of strategies is replaced from another thread and read by the state endpoint,
 * so every method holds the book's monitor (uncontended in the tick path).
 */
public final class SymbolBook {

    private static final SymbolStrategy[] NONE = new SymbolStrategy[0];

    private final String symbol;

    private SymbolStrategy[] strategies = NONE;

    private long evaluated;

    private long lastSequence = -1;

    private long lastTime = Long.MIN_VALUE;

    public SymbolBook(String symbol) {
        this.symbol = symbol;
    }

    /** Receives each decision a bar produced. */
    @FunctionalInterface
    public interface DecisionSink {

        void accept(SymbolStrategy strategy, Decision decision);
    }

    /** What became of a tick handed to the book. */
    public enum Evaluation { EVALUATED, DUPLICATE, OUT_OF_ORDER }

    /**
     * Evaluates every strategy on {@code bar}, unless it is a tick this book already saw or one older than the
     * last (lower or equal sequence and not a later time; a publisher that restarts its sequence moves time on).
     */
    public synchronized Evaluation evaluate(Bar bar, long sequence, DecisionSink sink) {
        if (lastSequence >= 0 && sequence <= lastSequence && bar.time() <= lastTime) {
            return (sequence == lastSequence) ? Evaluation.DUPLICATE : Evaluation.OUT_OF_ORDER;
        }
        evaluated++;
        lastSequence = sequence;
        lastTime = bar.time();
        SymbolStrategy[] current = strategies;
        for (SymbolStrategy strategy : current) {
            Decision decision = strategy.onBar(bar);
            if (decision != null) {
                sink.accept(strategy, decision);
            }
        }
        return Evaluation.EVALUATED;
    }

    /** Replaces the strategies, keeping nothing of the previous set that is not in {@code next}. */
    public synchronized void replace(List<SymbolStrategy> next) {
        strategies = next.toArray(SymbolStrategy[]::new);
    }

    public synchronized List<SymbolStrategy> strategies() {
        return List.of(strategies);
    }

    public synchronized Optional<SymbolStrategy.Snapshot> snapshot(String strategyId) {
        for (SymbolStrategy strategy : strategies) {
            if (strategy.definition().id().equals(strategyId)) {
                return Optional.of(strategy.snapshot());
            }
        }
        return Optional.empty();
    }

    /** Bar time of the last evaluated tick, or of the newest warm-up bar of any strategy; MIN_VALUE if none. */
    public synchronized long lastTime() {
        long latest = lastTime;
        for (SymbolStrategy strategy : strategies) {
            latest = Math.max(latest, strategy.lastTime());
        }
        return latest;
    }

    /** How many ticks this book evaluated. */
    public synchronized long evaluated() {
        return evaluated;
    }

    public synchronized Stats stats() {
        return new Stats(symbol, evaluated, (lastSequence < 0) ? null : lastSequence,
                (lastTime == Long.MIN_VALUE) ? null : lastTime, strategies.length);
    }

    public String symbol() {
        return symbol;
    }

    /** How many ticks of the symbol this replica evaluated, and the last one's sequence and time. */
    public record Stats(String symbol, long ticksEvaluated, @Nullable Long lastSequence, @Nullable Long lastTickAt,
            int strategies) {
    }
}
