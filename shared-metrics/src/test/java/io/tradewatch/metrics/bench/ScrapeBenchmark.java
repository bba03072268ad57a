package io.tradewatch.metrics.bench;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
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

import io.tradewatch.metrics.AlertMetrics;
import io.tradewatch.metrics.BatchMetrics;
import io.tradewatch.metrics.CacheMetrics;
import io.tradewatch.metrics.FeedMetrics;
import io.tradewatch.metrics.GatewayMetrics;
import io.tradewatch.metrics.MessagingMetrics;
import io.tradewatch.metrics.MeterFactory;
import io.tradewatch.metrics.RiskMetrics;
import io.tradewatch.metrics.ServiceMetrics;
import io.tradewatch.metrics.TickMetrics;
import io.tradewatch.metrics.TradingMetrics;

/**
 * A scrape of a registry holding the suite's meters at about 5,000 series, built through the starter's
 * recorders, against a bare {@link PrometheusMeterRegistry} holding the same series registered directly.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class ScrapeBenchmark {

    /** Symbols with four per-symbol series each, on top of every group's bounded series. */
    private static final int SYMBOLS = 1_150;

    private PrometheusMeterRegistry suite;

    private PrometheusMeterRegistry bare;

    @Setup
    public void setUp() {
        suite = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        suite.config().commonTags("application", "bench", "instance", "bench-1", "version", "1.0");
        MeterFactory meters = new MeterFactory(suite, 5_000, 10);
        TickMetrics ticks = new TickMetrics(meters);
        FeedMetrics feed = new FeedMetrics(meters);
        new BatchMetrics(meters);
        new CacheMetrics(meters).declareCaches("quote", "candle");
        new MessagingMetrics(meters);
        new TradingMetrics(meters);
        new RiskMetrics(meters);
        new AlertMetrics(meters);
        new GatewayMetrics(meters);
        new ServiceMetrics(meters, "1.0");
        for (int i = 0; i < SYMBOLS; i++) {
            String symbol = "S" + i + "USDT";
            ticks.received(symbol);
            ticks.processed(symbol);
            feed.sequenceGap(symbol, 1);
        }
        bare = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        for (Meter meter : suite.getMeters()) {
            copy(meter);
        }
        int suiteSeries = series(suite.scrape());
        int bareSeries = series(bare.scrape());
        System.out.printf("%nseries: suite %d, bare %d%n", suiteSeries, bareSeries);
        if (suiteSeries != bareSeries) {
            throw new IllegalStateException("the two registries differ: " + suiteSeries + " vs " + bareSeries);
        }
    }

    @Benchmark
    public String scrapeSuite() {
        return suite.scrape();
    }

    @Benchmark
    public String scrapeBare() {
        return bare.scrape();
    }

    private void copy(Meter meter) {
        Meter.Id id = meter.getId();
        switch (meter) {
            case Counter counter -> Counter.builder(id.getName()).description(id.getDescription())
                .baseUnit(id.getBaseUnit()).tags(id.getTagsAsIterable()).register(bare).increment(counter.count());
            case Timer timer -> Timer.builder(id.getName()).description(id.getDescription())
                .tags(id.getTagsAsIterable())
                .serviceLevelObjectives(slos(timer))
                .register(bare);
            case DistributionSummary summary -> DistributionSummary.builder(id.getName())
                .description(id.getDescription()).baseUnit(id.getBaseUnit()).tags(id.getTagsAsIterable())
                .serviceLevelObjectives(java.util.Arrays.stream(summary.takeSnapshot().histogramCounts())
                    .mapToDouble(bucket -> bucket.bucket()).toArray())
                .register(bare);
            case Gauge gauge -> Gauge.builder(id.getName(), gauge, Gauge::value).description(id.getDescription())
                .baseUnit(id.getBaseUnit()).tags(id.getTagsAsIterable()).strongReference(true).register(bare);
            default -> throw new IllegalStateException("unexpected meter " + id);
        }
    }

    private static Duration[] slos(Timer timer) {
        return java.util.Arrays.stream(timer.takeSnapshot().histogramCounts())
            .map(bucket -> Duration.ofNanos((long) bucket.bucket()))
            .toArray(Duration[]::new);
    }

    private static int series(String scrape) {
        return (int) scrape.lines().filter(line -> !line.isEmpty() && !line.startsWith("#")).count();
    }

}
