package io.tradewatch.metrics.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import io.tradewatch.metrics.BatchMetrics;
import io.tradewatch.metrics.MeterFactory;
import io.tradewatch.metrics.TickMetrics;
import io.tradewatch.metrics.catalog.MetricCatalog;

/**
 * The typed recorders against the same raw Micrometer calls on cached meters, in one run: a plain
 * counter, a per-symbol counter and a histogram timer. Run with {@code -prof gc} to see the allocation
 * per call ({@code gc.alloc.rate.norm}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class RecorderBenchmark {

    private static final int SYMBOLS = 20;

    private String[] symbols;

    private int next;

    private BatchMetrics batches;

    private TickMetrics ticks;

    private Counter rawCounter;

    private Counter[] rawSymbolCounters;

    private Timer rawTimer;

    private long nanos = 1_000;

    @Setup
    public void setUp() {
        PrometheusMeterRegistry typedRegistry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        MeterFactory meters = MeterFactory.withDefaults(typedRegistry);
        batches = new BatchMetrics(meters);
        ticks = new TickMetrics(meters);
        symbols = new String[SYMBOLS];
        for (int i = 0; i < SYMBOLS; i++) {
            symbols[i] = "SYM" + i + "USDT";
        }
        ticks.declareSymbols(Arrays.asList(symbols));

        PrometheusMeterRegistry rawRegistry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        rawCounter = Counter.builder("raw.batch.retries").register(rawRegistry);
        rawSymbolCounters = new Counter[SYMBOLS];
        for (int i = 0; i < SYMBOLS; i++) {
            rawSymbolCounters[i] = Counter.builder("raw.ticks.received").tag("symbol", symbols[i]).register(rawRegistry);
        }
        rawTimer = Timer.builder("raw.tick.processing")
            .serviceLevelObjectives(Arrays.stream(MetricCatalog.TICK_PROCESSING.buckets())
                .mapToObj(seconds -> Duration.ofNanos(Math.round(seconds * 1e9)))
                .toArray(Duration[]::new))
            .register(rawRegistry);
    }

    @Benchmark
    public void counterTyped() {
        batches.retried();
    }

    @Benchmark
    public void counterRaw() {
        rawCounter.increment();
    }

    @Benchmark
    public void symbolCounterTyped() {
        int i = next;
        next = (i + 1 == SYMBOLS) ? 0 : i + 1;
        ticks.received(symbols[i]);
    }

    @Benchmark
    public void symbolCounterRaw() {
        int i = next;
        next = (i + 1 == SYMBOLS) ? 0 : i + 1;
        rawSymbolCounters[i].increment();
    }

    @Benchmark
    public void histogramTimerTyped() {
        nanos = (nanos * 31 + 7) & 0xFFFFF;
        ticks.processingTime(nanos);
    }

    @Benchmark
    public void histogramTimerRaw() {
        nanos = (nanos * 31 + 7) & 0xFFFFF;
        rawTimer.record(nanos, TimeUnit.NANOSECONDS);
    }
}
