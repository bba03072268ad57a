package io.tradewatch.strategy.bench;

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

import io.tradewatch.strategy.domain.indicator.Atr;
import io.tradewatch.strategy.domain.indicator.Bollinger;
import io.tradewatch.strategy.domain.indicator.Ema;
import io.tradewatch.strategy.domain.indicator.Sma;
import io.tradewatch.strategy.domain.indicator.Vwap;
import io.tradewatch.strategy.domain.indicator.WilderRsi;

/**
 * Indicator updates per second on one thread, each indicator alone and all six per price, against the raw
 * alternative of recomputing a 20-value average from its window on every update.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class IndicatorBenchmark {

    private static final int PRICES = 4096;

    private final double[] prices = new double[PRICES];

    private final double[] sizes = new double[PRICES];

    private final double[] window = new double[20];

    private int next;

    private final Sma sma = new Sma(20);

    private final Ema ema = new Ema(20);

    private final WilderRsi rsi = new WilderRsi(14);

    private final Bollinger bollinger = new Bollinger(20, 2);

    private final Vwap vwap = new Vwap(100);

    private final Atr atr = new Atr(14);

    @Setup
    public void prices() {
        SplittableRandom random = new SplittableRandom(42);
        double price = 64_000;
        for (int i = 0; i < PRICES; i++) {
            price *= 1 + (random.nextDouble() - 0.5) * 0.002;
            prices[i] = price;
            sizes[i] = random.nextDouble();
        }
    }

    private double nextPrice() {
        next = (next + 1) & (PRICES - 1);
        return prices[next];
    }

    @Benchmark
    public double sma() {
        return sma.update(nextPrice());
    }

    @Benchmark
    public double ema() {
        return ema.update(nextPrice());
    }

    @Benchmark
    public double rsi() {
        return rsi.update(nextPrice());
    }

    @Benchmark
    public double bollinger() {
        bollinger.update(nextPrice());
        return bollinger.upper();
    }

    @Benchmark
    public double vwap() {
        double price = nextPrice();
        return vwap.update(price, sizes[next]);
    }

    @Benchmark
    public double atr() {
        double price = nextPrice();
        return atr.update(price, price, price);
    }

    /** All six on one price: six indicator updates per invocation. */
    @Benchmark
    @OperationsPerInvocation(6)
    public double allSix() {
        double price = nextPrice();
        bollinger.update(price);
        return sma.update(price) + ema.update(price) + rsi.update(price) + bollinger.upper()
                + vwap.update(price, sizes[next]) + atr.update(price, price, price);
    }

    /** The raw alternative: a 20-value simple average recomputed from its window on every update. */
    @Benchmark
    public double smaRecomputed() {
        window[next % window.length] = nextPrice();
        double sum = 0;
        for (double value : window) {
            sum += value;
        }
        return sum / window.length;
    }
}
