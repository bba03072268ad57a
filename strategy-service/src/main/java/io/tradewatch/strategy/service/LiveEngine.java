package io.tradewatch.strategy.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.tradewatch.metrics.TradingMetrics;
import io.tradewatch.strategy.config.StrategyProperties;
import io.tradewatch.strategy.domain.Bar;
import io.tradewatch.strategy.domain.Decision;
import io.tradewatch.strategy.domain.StrategyDefinition;
import io.tradewatch.strategy.domain.SymbolBook;
import io.tradewatch.strategy.domain.SymbolStrategy;
import io.tradewatch.strategy.domain.Tick;
import io.tradewatch.strategy.store.CandleSource;

import org.springframework.stereotype.Component;

/**
 * The live engine: one {@link SymbolBook} per symbol holding every enabled strategy on it. Definitions are
 * applied as they change (new or changed strategies are warmed from candles, unchanged ones keep their
 * state); ticks are evaluated on the consumer thread of the symbol's shard and decisions are handed to the
 * {@link SignalSink} after the book is released.
 */
@Component
public class LiveEngine {

    private static final Logger log = LoggerFactory.getLogger(LiveEngine.class);

    private final Map<String, SymbolBook> books = new ConcurrentHashMap<>();

    private final CandleSource candles;

    private final TickSubscriptions bindings;

    private final SignalSink dispatcher;

    private final TradingMetrics metrics;

    private final int warmupCandles;

    private final long reseedAfterMillis;

    private volatile Map<String, StrategyDefinition> definitions = Map.of();

    LiveEngine(CandleSource candles, TickSubscriptions bindings, SignalSink dispatcher, TradingMetrics metrics,
            StrategyProperties properties) {
        this.candles = candles;
        this.bindings = bindings;
        this.dispatcher = dispatcher;
        this.metrics = metrics;
        this.warmupCandles = properties.warmupCandles();
        this.reseedAfterMillis = properties.reseedAfter().toMillis();
    }

    /** Evaluates every strategy of the tick's symbol and publishes what they decided. */
    public SymbolBook.Evaluation onTick(Tick tick) {
        SymbolBook book = books.computeIfAbsent(tick.symbol(), SymbolBook::new);
        reseedIfStale(book, tick.bar().time());
        Collected collected = new Collected();
        long started = System.nanoTime();
        SymbolBook.Evaluation evaluation = book.evaluate(tick.bar(), tick.seq(), collected);
        if (evaluation != SymbolBook.Evaluation.EVALUATED) {
            return evaluation;
        }
        metrics.strategyEvaluation(System.nanoTime() - started);
        if (collected.decisions != null) {
            collected.decisions.forEach(pair -> dispatcher.submit(pair.strategy(), pair.decision(), tick));
        }
        return evaluation;
    }

    /** Makes {@code all} the running set: binds their symbols first, then installs their strategies. */
    public synchronized void apply(Collection<StrategyDefinition> all) {
        Map<String, StrategyDefinition> byId = new HashMap<>();
        all.forEach(definition -> byId.put(definition.id(), definition));
        List<StrategyDefinition> enabled = all.stream().filter(StrategyDefinition::enabled).toList();
        Set<String> symbols = new LinkedHashSet<>();
        enabled.forEach(definition -> symbols.addAll(definition.symbols()));
        bindings.bind(symbols);
        symbols.addAll(books.keySet());
        for (String symbol : symbols) {
            SymbolBook book = books.computeIfAbsent(symbol, SymbolBook::new);
            List<StrategyDefinition> wanted = enabled.stream().filter(d -> d.symbols().contains(symbol)).toList();
            book.replace(install(book, symbol, wanted, false));
        }
        definitions = Map.copyOf(byId);
    }

    private List<SymbolStrategy> install(SymbolBook book, String symbol, List<StrategyDefinition> wanted,
            boolean reseedAll) {
        Map<String, SymbolStrategy> current = new HashMap<>();
        book.strategies().forEach(strategy -> current.put(strategy.definition().id(), strategy));
        List<SymbolStrategy> next = new ArrayList<>();
        List<Bar> history = null;
        for (StrategyDefinition definition : wanted) {
            SymbolStrategy existing = current.get(definition.id());
            if (!reseedAll && existing != null && existing.definition().sameRulesAs(definition)) {
                next.add(existing);
                continue;
            }
            if (history == null) {
                history = warmupHistory(symbol);
            }
            SymbolStrategy fresh = new SymbolStrategy(definition, symbol);
            history.forEach(fresh::warm);
            next.add(fresh);
            log.info("Started strategy {} on {}, warmed with {} candles", definition.id(), symbol, history.size());
        }
        return next;
    }

    private List<Bar> warmupHistory(String symbol) {
        try {
            return candles.latest(symbol, warmupCandles);
        }
        catch (RuntimeException ex) {
            log.warn("Could not read candles of {} to warm its strategies ({}); they start cold and signal once"
                    + " their windows fill: check Redis", symbol, ex.getMessage());
            return List.of();
        }
    }

    /**
     * Re-seeds a symbol's strategies from the newest candles before the first tick this replica evaluates
     * for it (a start, or a shard that moved here from a failed replica: its state from start-up is old),
     * and when its last update is older than {@code reseed-after}.
     */
    private void reseedIfStale(SymbolBook book, long tickTime) {
        long last = book.lastTime();
        boolean first = book.evaluated() == 0;
        if (first || (last != Long.MIN_VALUE && tickTime - last > reseedAfterMillis)) {
            List<StrategyDefinition> wanted = book.strategies().stream().map(SymbolStrategy::definition).toList();
            if (!wanted.isEmpty()) {
                log.info("Re-seeding {} from candles before evaluating its tick (first tick here: {}, last update"
                        + " {} ms before it)", book.symbol(), first, (last == Long.MIN_VALUE) ? -1 : tickTime - last);
                book.replace(install(book, book.symbol(), wanted, true));
            }
        }
    }

    public Optional<SymbolBook> book(String symbol) {
        return Optional.ofNullable(books.get(symbol));
    }

    public Collection<SymbolBook> books() {
        return books.values();
    }

    public Map<String, StrategyDefinition> definitions() {
        return definitions;
    }

    /** Collects the decisions of one tick while the book is held, to publish them after. */
    private static final class Collected implements SymbolBook.DecisionSink {

        private List<Pair> decisions;

        @Override
        public void accept(SymbolStrategy strategy, Decision decision) {
            if (decisions == null) {
                decisions = new ArrayList<>(2);
            }
            decisions.add(new Pair(strategy, decision));
        }
    }

    private record Pair(SymbolStrategy strategy, Decision decision) {
    }
}
