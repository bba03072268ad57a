package io.tradewatch.strategy.bench;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import io.tradewatch.strategy.domain.Bar;
import io.tradewatch.strategy.domain.StrategyDefinition;
import io.tradewatch.strategy.domain.StrategyType;
import io.tradewatch.strategy.domain.SymbolBook;
import io.tradewatch.strategy.domain.SymbolStrategy;

/**
 * The live evaluation path without the broker: 10 strategies (4 MA crossovers, 3 RSI, 3 Bollinger) on each
 * of 20 symbols, one tick at a time round-robin over the symbols, on one thread. {@code tick} counts ticks,
 * {@code strategyEvaluations} counts the 10 evaluations of each tick (34 indicator updates per tick).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StrategyEvaluationBenchmark {

    static final int SYMBOLS = 20;

    static final int STRATEGIES = 10;

    private static final int PATH = 4096;

    private final SymbolBook[] books = new SymbolBook[SYMBOLS];

    private final double[][] prices = new double[SYMBOLS][PATH];

    private long sequence;

    private int symbol;

    private int step;

    @Setup
    public void books() {
        List<StrategyDefinition> definitions = definitions();
        SplittableRandom random = new SplittableRandom(7);
        for (int s = 0; s < SYMBOLS; s++) {
            String name = "SYM" + s + "USDT";
            books[s] = new SymbolBook(name);
            List<SymbolStrategy> strategies = new ArrayList<>();
            definitions.forEach(definition -> strategies.add(new SymbolStrategy(definition, name)));
            books[s].replace(strategies);
            double price = 100 + s;
            for (int i = 0; i < PATH; i++) {
                price *= 1 + (random.nextDouble() - 0.5) * 0.004;
                prices[s][i] = price;
            }
        }
    }

    static List<StrategyDefinition> definitions() {
        List<StrategyDefinition> definitions = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            definitions.add(definition("ma-" + i, StrategyType.MA_CROSSOVER,
                    Map.of("fast", 5 + i, "slow", 20 + 10 * i, "average", (i % 2 == 0) ? "sma" : "ema")));
        }
        for (int i = 0; i < 3; i++) {
            definitions.add(definition("rsi-" + i, StrategyType.RSI_MEAN_REVERSION,
                    Map.of("period", 10 + 2 * i, "oversold", 30.0, "overbought", 70.0)));
        }
        for (int i = 0; i < 3; i++) {
            definitions.add(definition("bb-" + i, StrategyType.BOLLINGER_BREAKOUT,
                    Map.of("period", 20 + 5 * i, "k", 2.0)));
        }
        return definitions;
    }

    private static StrategyDefinition definition(String id, StrategyType type, Map<String, Object> parameters) {
        Map<String, Object> all = new java.util.HashMap<>(parameters);
        all.put("atrPeriod", 14);
        all.put("vwapWindow", 100);
        return new StrategyDefinition(id, type, List.of(), all, new BigDecimal("1000.00"), Duration.ZERO, true);
    }

    private SymbolBook.Evaluation evaluateNext(Blackhole blackhole) {
        if (++symbol == SYMBOLS) {
            symbol = 0;
            step = (step + 1) & (PATH - 1);
        }
        sequence++;
        Bar bar = Bar.ofTick(sequence, prices[symbol][step], 0.5);
        return books[symbol].evaluate(bar, sequence, (strategy, decision) -> blackhole.consume(decision));
    }

    @Benchmark
    public SymbolBook.Evaluation tick(Blackhole blackhole) {
        return evaluateNext(blackhole);
    }

    @Benchmark
    @OperationsPerInvocation(STRATEGIES)
    public SymbolBook.Evaluation strategyEvaluations(Blackhole blackhole) {
        return evaluateNext(blackhole);
    }
}
