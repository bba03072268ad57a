package io.tradewatch.marketdata.feed;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import io.tradewatch.marketdata.domain.tick.TickSource;
import io.tradewatch.marketdata.feed.FeedStatus.Status;
import io.tradewatch.metrics.MeterFactory;
import io.tradewatch.metrics.health.ComponentHealth;
import io.tradewatch.metrics.health.ComponentHealthRegistry;
import io.tradewatch.metrics.health.ComponentStatus;

import static org.assertj.core.api.Assertions.assertThat;

class FeedMonitorTests {

    private static final long SECOND = 1_000_000_000L;

    private final FeedConnection first = new FeedConnection("websocket-0");

    private final FeedConnection second = new FeedConnection("websocket-1");

    private final List<FeedStatus> announced = new ArrayList<>();

    private final ComponentHealth health = new ComponentHealthRegistry(
            MeterFactory.withDefaults(new SimpleMeterRegistry()), Duration.ofSeconds(60), Duration.ofSeconds(60),
            Duration.ofSeconds(5)).component("feed");

    private final FeedMonitor monitor = new FeedMonitor(new TwoConnections(), announced::add, health,
            Duration.ofSeconds(10), Runnable::run);

    @Test
    void announcesConnectsAndDisconnectsOnceEach() {
        first.listenWith(monitor);
        first.opened("up");
        first.opened("up again");
        first.closed("dropped");
        assertThat(announced).extracting(FeedStatus::status, FeedStatus::detail)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(Status.CONNECTED, "up"),
                    org.assertj.core.groups.Tuple.tuple(Status.DISCONNECTED, "dropped"));
        assertThat(announced.getFirst().feed()).isEqualTo(TickSource.WEBSOCKET);
        assertThat(announced.getFirst().connection()).isEqualTo("websocket-0");
    }

    @Test
    void aConnectionSilentPastTheLimitIsStaleUntilMessagesResume() {
        open();
        long start = System.nanoTime();
        monitor.check(start + 9 * SECOND);
        assertThat(announced).isEmpty();
        monitor.check(start + 11 * SECOND);
        monitor.check(start + 12 * SECOND);
        assertThat(announced).extracting(FeedStatus::connection, FeedStatus::status)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("websocket-0", Status.STALE),
                    org.assertj.core.groups.Tuple.tuple("websocket-1", Status.STALE));
        assertThat(announced.getFirst().detail()).startsWith("no message for 1");
        assertThat(health.status()).isEqualTo(ComponentStatus.DEGRADED);
        assertThat(monitor.view(start + 12 * SECOND)).extracting(ConnectionView::state).containsOnly("STALE");

        first.message();
        second.message();
        monitor.check(System.nanoTime());
        assertThat(announced.subList(2, 4)).extracting(FeedStatus::status, FeedStatus::detail)
            .containsOnly(org.assertj.core.groups.Tuple.tuple(Status.CONNECTED, "messages resumed"));
        assertThat(health.status()).isEqualTo(ComponentStatus.UP);
    }

    @Test
    void healthIsDownWhenNoConnectionIsOpenAndDegradedWhenSomeAre() {
        open();
        assertThat(health.status()).isEqualTo(ComponentStatus.UP);
        first.closed("dropped");
        assertThat(health.status()).isEqualTo(ComponentStatus.DEGRADED);
        assertThat(health.snapshot().detail()).isEqualTo("websocket-0 disconnected");
        second.closed("dropped");
        assertThat(health.status()).isEqualTo(ComponentStatus.DOWN);
    }

    @Test
    void measuresEachConnectionsMessageRate() {
        open();
        long start = System.nanoTime();
        monitor.check(start);
        for (int i = 0; i < 50; i++) {
            first.message();
        }
        monitor.check(start + 2 * SECOND);
        ConnectionView view = monitor.view(start + 2 * SECOND).getFirst();
        assertThat(view.ratePerSecond()).isEqualTo(25.0);
        assertThat(view.messages()).isEqualTo(50);
        assertThat(view.state()).isEqualTo("CONNECTED");
        assertThat(view.uptimeSeconds()).isPositive();
    }

    private void open() {
        first.listenWith(monitor);
        second.listenWith(monitor);
        first.opened("up");
        second.opened("up");
        announced.clear();
    }

    private final class TwoConnections implements MarketFeed {

        @Override
        public TickSource source() {
            return TickSource.WEBSOCKET;
        }

        @Override
        public List<FeedConnection> connections() {
            return List.of(first, second);
        }

        @Override
        public void start(TickSink sink, ConnectionListener listener) {
        }

        @Override
        public void stop() {
        }
    }
}
