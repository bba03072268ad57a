package io.tradewatch.marketdata.service;

import io.tradewatch.marketdata.domain.tick.Tick;
import io.tradewatch.marketdata.domain.tick.TickSource;
import io.tradewatch.marketdata.feed.TickSink;
import io.tradewatch.metrics.FeedMetrics;
import io.tradewatch.metrics.TickMetrics;
import io.tradewatch.metrics.catalog.TagValues.DropReason;
import io.tradewatch.metrics.catalog.TagValues.Feed;
import io.tradewatch.metrics.health.ComponentHealth;

/**
 * Where every feed delivers: counts each tick as received, marks the feed active and puts the tick in the
 * channel, counting the ticks a full channel drops. Unreadable messages are counted per feed.
 */
public final class TickIngest implements TickSink {

    private final TickChannel channel;

    private final TickMetrics ticks;

    private final FeedMetrics feeds;

    private final ComponentHealth feedHealth;

    private final ThrottledLog parseErrors = new ThrottledLog(TickIngest.class);

    private final ThrottledLog drops = new ThrottledLog(TickIngest.class);

    public TickIngest(TickChannel channel, TickMetrics ticks, FeedMetrics feeds, ComponentHealth feedHealth) {
        this.channel = channel;
        this.ticks = ticks;
        this.feeds = feeds;
        this.feedHealth = feedHealth;
    }

    @Override
    public void accept(Tick tick) {
        ticks.received(tick.symbol());
        feeds.messageReceived(feed(tick.source()));
        feedHealth.success();
        int dropped = channel.offer(tick);
        if (dropped > 0) {
            ticks.dropped(DropReason.CHANNEL_FULL, dropped);
            drops.warn("Tick channel full ({} ticks): dropped its oldest tick(s) to make room; they are counted in"
                    + " trading_ticks_dropped_total{reason=\"channel_full\"}. The pipeline cannot keep up or is"
                    + " blocked publishing: check trading_batches_failed_total and RabbitMQ's health.", channel.capacity());
        }
    }

    @Override
    public void parseError(TickSource source, String reason) {
        feeds.parseError(feed(source));
        feedHealth.failure();
        parseErrors.warn("Discarded an unreadable {} feed message: {}. It is counted in trading_feed_parse_errors_total;"
                + " the feed goes on.", source.wireName(), reason);
    }

    /** The catalog tag of a tick source. */
    public static Feed feed(TickSource source) {
        return switch (source) {
            case SIMULATED -> Feed.SIMULATED;
            case REPLAY -> Feed.REPLAY;
            case WEBSOCKET -> Feed.WEBSOCKET;
        };
    }
}
