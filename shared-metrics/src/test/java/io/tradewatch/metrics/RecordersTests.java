package io.tradewatch.metrics;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import io.tradewatch.metrics.catalog.TagValues.AlertChannel;
import io.tradewatch.metrics.catalog.TagValues.AlertType;
import io.tradewatch.metrics.catalog.TagValues.DropReason;
import io.tradewatch.metrics.catalog.TagValues.Feed;
import io.tradewatch.metrics.catalog.TagValues.OrderType;
import io.tradewatch.metrics.catalog.TagValues.Outcome;
import io.tradewatch.metrics.catalog.TagValues.PipelineStage;
import io.tradewatch.metrics.catalog.TagValues.Severity;
import io.tradewatch.metrics.catalog.TagValues.Side;

import static org.assertj.core.api.Assertions.assertThat;

class RecordersTests {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    private final MeterFactory meters = MeterFactory.withDefaults(registry);

    @Test
    void tickRecorderCountsPerSymbolAndByDropReason() {
        TickMetrics ticks = new TickMetrics(meters);
        ticks.received("BTCUSDT");
        ticks.received("BTCUSDT");
        ticks.dropped(DropReason.CHANNEL_FULL, 3);
        ticks.processingTime(2_000_000);
        assertThat(registry.get("trading.ticks.received").tag("symbol", "BTCUSDT").counter().count()).isEqualTo(2);
        assertThat(registry.get("trading.ticks.dropped").tag("reason", "channel_full").counter().count()).isEqualTo(3);
        assertThat(registry.get("trading.ticks.dropped").tag("reason", "invalid").counter().count()).isZero();
        assertThat(registry.get("trading.tick.processing").timer().totalTime(TimeUnit.MILLISECONDS)).isEqualTo(2);
    }

    @Test
    void channelGaugesReadTheLiveChannel() {
        TickMetrics ticks = new TickMetrics(meters);
        java.util.concurrent.ArrayBlockingQueue<String> channel = new java.util.concurrent.ArrayBlockingQueue<>(4);
        ticks.bindChannel("ticks", channel, java.util.Collection::size, 4);
        channel.add("a");
        assertThat(registry.get("trading.channel.utilization").tag("channel", "ticks").gauge().value()).isEqualTo(25);
        assertThat(registry.get("trading.channel.buffer.size").tag("channel", "ticks").gauge().value()).isEqualTo(1);
    }

    @Test
    void tradingRecorderKeepsSideAndTypeApart() {
        TradingMetrics trading = new TradingMetrics(meters);
        trading.orderFilled(Side.SELL, OrderType.LIMIT, 120, 3.5);
        trading.portfolio(100_500, 300, 200, 2);
        assertThat(registry.get("trading.orders.filled").tags("side", "sell", "type", "limit").counter().count())
            .isEqualTo(1);
        assertThat(registry.get("trading.orders.filled").tags("side", "buy", "type", "limit").counter().count())
            .isZero();
        assertThat(registry.get("trading.order.slippage").tag("side", "sell").summary().totalAmount()).isEqualTo(3.5);
        assertThat(registry.get("trading.paper.pnl").tag("kind", "unrealized").gauge().value()).isEqualTo(200);
        assertThat(registry.get("trading.positions.open").gauge().value()).isEqualTo(2);
    }

    @Test
    void messagingRecorderSeparatesQueuesEventsAndOutcomes() {
        MessagingMetrics messaging = new MessagingMetrics(meters);
        messaging.consumed("risk-manager.orders", "order.requested", Outcome.ERROR, 1_000);
        messaging.consumed("risk-manager.orders", "order.requested", Outcome.SUCCESS, 1_000);
        messaging.consumed("risk-manager.orders", "order.requested", Outcome.SUCCESS, 1_000);
        messaging.pipelineLatency(PipelineStage.FILL, 40);
        assertThat(registry.get("trading.messages.consumed")
            .tags("queue", "risk-manager.orders", "event", "order.requested", "outcome", "success")
            .counter()
            .count()).isEqualTo(2);
        assertThat(registry.get("trading.message.processing").tag("queue", "risk-manager.orders").timer().count())
            .isEqualTo(3);
        assertThat(registry.get("trading.pipeline.latency").tag("stage", "fill").timer().count()).isEqualTo(1);
    }

    @Test
    void feedRecorderTracksConnectionStatusAndGaps() {
        FeedMetrics feed = new FeedMetrics(meters);
        feed.connected("ws-0");
        feed.sequenceGap("ETHUSDT", 4);
        assertThat(registry.get("trading.ws.connection.status").tag("connection", "ws-0").gauge().value()).isEqualTo(1);
        feed.disconnected("ws-0");
        assertThat(registry.get("trading.ws.connection.status").tag("connection", "ws-0").gauge().value()).isZero();
        assertThat(registry.get("trading.feed.messages.missed").tag("symbol", "ETHUSDT").counter().count()).isEqualTo(4);
        assertThat(registry.get("trading.feed.last.message.age").tag("feed", "websocket").gauge().value()).isZero();
        long before = System.nanoTime();
        feed.feedStarted(Feed.WEBSOCKET);
        LockSupport.parkNanos(20_000_000);
        double age = registry.get("trading.feed.last.message.age").tag("feed", "websocket").gauge().value();
        double elapsed = (System.nanoTime() - before) / 1e9;
        assertThat(age).as("seconds since the feed started").isBetween(0.02, elapsed);
    }

    @Test
    void alertRecorderCountsBySeverityTypeAndChannel() {
        AlertMetrics alerts = new AlertMetrics(meters);
        alerts.triggered(Severity.CRITICAL, AlertType.RISK_BREACH);
        alerts.delivered(AlertChannel.WEBHOOK, 5_000_000);
        assertThat(registry.get("trading.alerts.triggered").tags("severity", "critical", "type", "risk_breach")
            .counter()
            .count()).isEqualTo(1);
        assertThat(registry.get("trading.alert.delivery.duration").tag("channel", "webhook").timer().count())
            .isEqualTo(1);
    }
}
