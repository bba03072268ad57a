package io.tradewatch.marketdata.messaging;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

import io.tradewatch.marketdata.domain.tick.Tick;
import io.tradewatch.marketdata.domain.tick.TickSource;

/**
 * The cost of a tick body: {@link TickJson} against Jackson databind writing an equivalent record with
 * {@code Instant.toString()} times, the way the body was first written.
 *
 * <p>{@code scripts/bench.sh market-data-service jmh TickJsonBenchmark -f 1 -wi 3 -w 2 -i 5 -r 2}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class TickJsonBenchmark {

    private final Tick tick = new Tick("BTCUSDT", new BigDecimal("64321.50"), new BigDecimal("0.01200"),
            new BigDecimal("64321.40"), new BigDecimal("64321.60"), 3849201118L, 1_767_225_610_250L, TickSource.SIMULATED,
            1_767_225_611_007L);

    private final TickJson tickJson = new TickJson();

    private final ObjectWriter databind = JsonMapper.builder().build().writerFor(Body.class);

    private long millis = tick.receivedAtMillis();

    @Benchmark
    public byte[] handWritten() {
        millis++;
        return tickJson.write(new Tick(tick.symbol(), tick.price(), tick.size(), tick.bid(), tick.ask(), tick.seq(),
                millis, tick.source(), millis), "0e7f1a44-3c1b-4b7e-9a55-6f0e2b1c9d11");
    }

    @Benchmark
    public byte[] jacksonDatabind() {
        millis++;
        return databind.writeValueAsBytes(new Body("tick", "0e7f1a44-3c1b-4b7e-9a55-6f0e2b1c9d11",
                Instant.ofEpochMilli(millis).toString(), 1, tick.symbol(), tick.price().toPlainString(),
                tick.size().toPlainString(), tick.bid().toPlainString(), tick.ask().toPlainString(), tick.seq(),
                tick.source().wireName(), Instant.ofEpochMilli(millis).toString()));
    }

    /** The tick body as a record, for Jackson. */
    @JsonPropertyOrder({ "type", "id", "occurredAt", "version", "symbol", "price", "size", "bid", "ask", "seq",
            "source", "tradeTime" })
    public record Body(String type, String id, String occurredAt, int version, String symbol, String price,
            String size, String bid, String ask, long seq, String source, String tradeTime) {
    }
}
