package io.tradewatch.marketdata.feed.replay;

import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.tradewatch.marketdata.domain.tick.Tick;
import io.tradewatch.marketdata.domain.tick.TickSource;
import io.tradewatch.marketdata.domain.tick.TickValidator;
import io.tradewatch.marketdata.domain.tick.Verdict;
import io.tradewatch.marketdata.feed.ConnectionState;
import io.tradewatch.marketdata.feed.TickSink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

class ReplayFeedTests {

    private final Collected collected = new Collected();

    private ReplayFeed feed;

    @AfterEach
    void stop() {
        if (feed != null) {
            feed.stop();
        }
    }

    @Test
    void replaysTheShippedSampleFileInOrderAndThenStops() {
        feed = new ReplayFeed(new ReplaySettings("classpath:replay/sample-trades.csv", 0, false, false),
                () -> new InputStreamReader(Objects.requireNonNull(
                        getClass().getResourceAsStream("/replay/sample-trades.csv")), StandardCharsets.UTF_8));
        feed.start(collected, (connection, state, detail) -> { });
        await().atMost(Duration.ofSeconds(10))
            .until(() -> feed.connections().getFirst().state() == ConnectionState.STOPPED);
        assertThat(collected.ticks).hasSize(360);
        assertThat(collected.errors).isEmpty();
        Tick first = collected.ticks.getFirst();
        assertThat(first.symbol()).isEqualTo("BTCUSDT");
        assertThat(first.price()).isEqualByComparingTo("64243.62");
        assertThat(first.seq()).isEqualTo(3849201118L);
        assertThat(first.tradeTimeMillis()).isEqualTo(1767225600863L);
        TickValidator validator = new TickValidator(List.of("BTCUSDT", "ETHUSDT", "SOLUSDT"));
        assertThat(collected.ticks).allSatisfy(tick -> assertThat(validator.validate(tick)).isEqualTo(new Verdict.Accepted(0)));
    }

    @Test
    void unreadableLinesAreCountedAndSkippedAndOptionalColumnsDefault() {
        String csv = """
                symbol,trade_time,price,size
                BTCUSDT,2026-01-01T00:00:00Z,100.5,1
                BTCUSDT,yesterday,100.6,1
                ETHUSDT,1767225601000,NaN,2
                ,1767225601000,1,1
                BTCUSDT,1767225602000,100.7,0.5
                """;
        feed = new ReplayFeed(new ReplaySettings("inline", 0, false, false), () -> new StringReader(csv));
        feed.start(collected, (connection, state, detail) -> { });
        await().atMost(Duration.ofSeconds(10))
            .until(() -> feed.connections().getFirst().state() == ConnectionState.STOPPED);
        assertThat(collected.errors).hasSize(2);
        assertThat(feed.connections().getFirst().parseErrors()).isEqualTo(2);
        assertThat(collected.ticks).extracting(Tick::symbol, Tick::seq)
            .containsExactly(tuple("BTCUSDT", 1L), tuple("ETHUSDT", 1L), tuple("BTCUSDT", 2L));
        assertThat(collected.ticks.getFirst().bid()).isEqualByComparingTo("100.5");
        assertThat(collected.ticks.get(1).price()).as("NaN reaches validation as not-a-number").isNull();
    }

    @Test
    void loopingContinuesEachSymbolsSequenceAndRebasesTimesToNow() {
        String csv = """
                trade_time,symbol,price,size,seq
                1000,BTCUSDT,100,1,41
                2000,BTCUSDT,101,1,43
                """;
        long before = System.currentTimeMillis();
        feed = new ReplayFeed(new ReplaySettings("inline", 0, true, true), () -> new StringReader(csv));
        feed.start(collected, (connection, state, detail) -> { });
        await().atMost(Duration.ofSeconds(10)).until(() -> collected.ticks.size() >= 6);
        feed.stop();
        assertThat(collected.ticks.subList(0, 6)).extracting(Tick::seq).containsExactly(41L, 43L, 44L, 46L, 47L, 49L);
        assertThat(collected.ticks.getFirst().tradeTimeMillis()).isGreaterThanOrEqualTo(before);
        assertThat(collected.ticks.get(1).tradeTimeMillis() - collected.ticks.getFirst().tradeTimeMillis()).isEqualTo(1000);
    }

    private static final class Collected implements TickSink {

        private static final int KEPT = 10_000;

        final List<Tick> ticks = new CopyOnWriteArrayList<>();

        final List<String> errors = new CopyOnWriteArrayList<>();

        @Override
        public void accept(Tick tick) {
            if (ticks.size() < KEPT) {
                ticks.add(tick);
            }
        }

        @Override
        public void parseError(TickSource source, String reason) {
            errors.add(reason);
        }
    }
}
