package io.tradewatch.marketdata.service;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import io.tradewatch.marketdata.domain.tick.Tick;
import io.tradewatch.marketdata.domain.tick.TickSource;
import io.tradewatch.marketdata.domain.tick.TickValidator;
import io.tradewatch.metrics.FeedMetrics;
import io.tradewatch.metrics.MeterFactory;
import io.tradewatch.metrics.TickMetrics;
import io.tradewatch.metrics.health.ComponentHealthRegistry;

import static org.assertj.core.api.Assertions.assertThat;

/** The channel, the ingest and validation, with the real recorders on a plain registry. */
class TickIngestTests {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    private final MeterFactory meters = MeterFactory.withDefaults(registry);

    private final TickMetrics ticks = new TickMetrics(meters);

    private final FeedMetrics feeds = new FeedMetrics(meters);

    private final TickChannel channel = new TickChannel(3);

    private final TickIngest ingest = new TickIngest(channel, ticks, feeds, new ComponentHealthRegistry(meters,
            Duration.ofMinutes(1), Duration.ofMinutes(1), Duration.ofSeconds(5)).component("feed"));

    @Test
    void aFullChannelDropsItsOldestTicksAndCountsThem() throws InterruptedException {
        ticks.bindChannel("ticks", channel, TickChannel::size, channel.capacity());
        for (long seq = 1; seq <= 5; seq++) {
            ingest.accept(tick("BTCUSDT", seq));
        }
        assertThat(registry.get("trading.ticks.dropped").tag("reason", "channel_full").counter().count()).isEqualTo(2);
        assertThat(registry.get("trading.ticks.received").tag("symbol", "BTCUSDT").counter().count()).isEqualTo(5);
        assertThat(registry.get("trading.channel.utilization").tag("channel", "ticks").gauge().value()).isEqualTo(100);
        assertThat(registry.get("trading.channel.buffer.size").tag("channel", "ticks").gauge().value()).isEqualTo(3);
        List<Tick> left = new ArrayList<>();
        channel.take(left, 10, 0, TimeUnit.MILLISECONDS);
        assertThat(left).extracting(Tick::seq).containsExactly(3L, 4L, 5L);
        assertThat(registry.get("trading.channel.utilization").tag("channel", "ticks").gauge().value()).isZero();
    }

    @Test
    void parseErrorsAreCountedPerFeed() {
        ingest.parseError(TickSource.WEBSOCKET, "not JSON");
        ingest.parseError(TickSource.WEBSOCKET, "not JSON");
        assertThat(registry.get("trading.feed.parse.errors").tag("feed", "websocket").counter().count()).isEqualTo(2);
        assertThat(registry.get("trading.feed.parse.errors").tag("feed", "simulated").counter().count()).isZero();
    }

    @Test
    void validationCountsGapsMissedTicksAndRejectionsByReason() {
        TickValidation validation = new TickValidation(new TickValidator(List.of("BTCUSDT")), ticks, feeds);
        assertThat(validation.accept(tick("BTCUSDT", 1))).isTrue();
        assertThat(validation.accept(tick("BTCUSDT", 5))).isTrue();
        assertThat(validation.accept(tick("BTCUSDT", 5))).isFalse();
        assertThat(validation.accept(tick("BTCUSDT", 9))).isTrue();
        assertThat(validation.accept(tick("ETHUSDT", 1))).isFalse();
        assertThat(registry.get("trading.feed.sequence.gaps").tag("symbol", "BTCUSDT").counter().count()).isEqualTo(2);
        assertThat(registry.get("trading.feed.messages.missed").tag("symbol", "BTCUSDT").counter().count()).isEqualTo(6);
        assertThat(registry.get("trading.ticks.dropped").tag("reason", "duplicate").counter().count()).isEqualTo(1);
        assertThat(registry.get("trading.ticks.dropped").tag("reason", "unknown_symbol").counter().count()).isEqualTo(1);
    }

    private static Tick tick(String symbol, long seq) {
        BigDecimal price = new BigDecimal("100.50");
        return new Tick(symbol, price, BigDecimal.ONE, price, price, seq, 1_000, TickSource.WEBSOCKET, 1_000);
    }
}
