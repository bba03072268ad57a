package io.tradewatch.strategy.domain;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.tradewatch.strategy.domain.indicator.Atr;
import io.tradewatch.strategy.domain.indicator.Vwap;

/**
 * One strategy running on one symbol: its rule, the context indicators every strategy shows (VWAP, ATR)
 * and the cooldown gate. The cooldown is measured in bar time (tick or candle time), so a backtest and
 * live evaluation of the same path give the same signals. Not thread-safe: a {@link SymbolBook} guards it.
 */
public final class SymbolStrategy {

    private final StrategyDefinition definition;

    private final String symbol;

    private final SignalRule rule;

    private final Vwap vwap;

    private final Atr atr;

    private final long cooldownMillis;

    private long lastSignalAt = Long.MIN_VALUE;

    private @Nullable Side lastSide;

    private long suppressed;

    private long updates;

    private double lastPrice = Double.NaN;

    private long lastTime = Long.MIN_VALUE;

    public SymbolStrategy(StrategyDefinition definition, String symbol) {
        this.definition = definition;
        this.symbol = symbol;
        this.rule = SignalRule.of(definition);
        this.vwap = new Vwap(definition.intParameter("vwapWindow"));
        this.atr = new Atr(definition.intParameter("atrPeriod"));
        this.cooldownMillis = definition.cooldown().toMillis();
    }

    /** Feeds a bar and returns the decision to signal, if the state changed and the cooldown allows it. */
    public @Nullable Decision onBar(Bar bar) {
        Decision decision = feed(bar);
        if (decision == null) {
            return null;
        }
        if (lastSignalAt != Long.MIN_VALUE && bar.time() - lastSignalAt < cooldownMillis) {
            suppressed++;
            return null;
        }
        lastSignalAt = bar.time();
        lastSide = decision.side();
        return decision;
    }

    /** Feeds a historical bar: indicators and state move on, but nothing is signalled. */
    public void warm(Bar bar) {
        feed(bar);
    }

    private @Nullable Decision feed(Bar bar) {
        vwap.update(bar.typical(), bar.volume());
        atr.update(bar.high(), bar.low(), bar.close());
        updates++;
        lastPrice = bar.close();
        lastTime = bar.time();
        return rule.update(bar);
    }

    public StrategyDefinition definition() {
        return definition;
    }

    public String symbol() {
        return symbol;
    }

    /** Bar time of the last update, or {@link Long#MIN_VALUE} before the first. */
    public long lastTime() {
        return lastTime;
    }

    /** How many bars this strategy has been fed, warm-up included. */
    public long updates() {
        return updates;
    }

    public Snapshot snapshot() {
        Map<String, Double> indicators = new LinkedHashMap<>(rule.indicators());
        indicators.put("vwap", vwap.value());
        indicators.put("atr", atr.value());
        Long cooldownUntil = (lastSignalAt == Long.MIN_VALUE) ? null : lastSignalAt + cooldownMillis;
        return new Snapshot(symbol, rule.isReady(), rule.state(), indicators, lastPrice,
                (lastTime == Long.MIN_VALUE) ? null : lastTime, lastSide,
                (lastSignalAt == Long.MIN_VALUE) ? null : lastSignalAt, cooldownUntil, suppressed, updates);
    }

    /** What the state endpoint shows of one strategy on one symbol; times are epoch milliseconds. */
    public record Snapshot(String symbol, boolean ready, String state, Map<String, Double> indicators,
            double lastPrice, @Nullable Long lastUpdateAt, @Nullable Side lastSignalSide, @Nullable Long lastSignalAt,
            @Nullable Long cooldownUntil, long signalsSuppressedByCooldown, long updates) {
    }
}
