package io.tradewatch.strategy.messaging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.tradewatch.metrics.TickMetrics;
import io.tradewatch.metrics.catalog.TagValues.DropReason;
import io.tradewatch.metrics.health.ComponentHealth;
import io.tradewatch.metrics.health.ComponentHealthRegistry;
import io.tradewatch.platform.messaging.MessageReader;
import io.tradewatch.platform.messaging.TradewatchHeaders;
import io.tradewatch.platform.messaging.UnreadableMessageException;
import io.tradewatch.strategy.config.StrategyProperties;
import io.tradewatch.strategy.domain.Bar;
import io.tradewatch.strategy.domain.Tick;
import io.tradewatch.strategy.service.LiveEngine;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageListener;
import org.springframework.stereotype.Component;

/**
 * Reads ticks off the shard queues and hands them to the engine. A tick that cannot be read or lacks a
 * field is acknowledged and counted as dropped ({@code reason=invalid}): it can never become valid, and a
 * stale tick is worthless anyway. A tick whose evaluation throws is rejected, dead-lettered to the counting
 * queue and counted the same way. A tick older than the last one evaluated for its symbol (ticks published on
 * several channels can overtake each other) is dropped as {@code out_of_order}, a repeated one as
 * {@code duplicate}.
 */
@Component
class TickListener implements MessageListener {

    private static final Logger log = LoggerFactory.getLogger(TickListener.class);

    private final MessageReader reader;

    private final LiveEngine engine;

    private final TickMetrics metrics;

    private final ComponentHealth health;

    TickListener(MessageReader reader, LiveEngine engine, TickMetrics metrics, ComponentHealthRegistry registry,
            StrategyProperties properties) {
        this.reader = reader;
        this.engine = engine;
        this.metrics = metrics;
        this.health = registry.component("ticks");
        metrics.declareSymbols(properties.symbols());
    }

    @Override
    public void onMessage(Message message) {
        long started = System.nanoTime();
        Tick tick = parse(message,
                TradewatchHeaders.millis(message.getMessageProperties().getHeaders(), TradewatchHeaders.ORIGIN_AT));
        if (tick == null) {
            metrics.dropped(DropReason.INVALID);
            health.failure();
            return;
        }
        metrics.received(tick.symbol());
        switch (engine.onTick(tick)) {
            case EVALUATED -> metrics.processed(tick.symbol());
            case DUPLICATE -> metrics.dropped(DropReason.DUPLICATE);
            case OUT_OF_ORDER -> metrics.dropped(DropReason.OUT_OF_ORDER);
        }
        metrics.processingTime(System.nanoTime() - started);
        health.success();
    }

    private @org.jspecify.annotations.Nullable Tick parse(Message message, long originAt) {
        try {
            TickEvent event = reader.read(message, TickEvent.class);
            if (event.symbol() == null || event.price() == null || event.tradeTime() == null) {
                log.warn("Dropped a tick without symbol, price or tradeTime; it is acknowledged and counted as"
                        + " dropped (reason invalid): check the publisher against docs/events.md");
                return null;
            }
            double price = Double.parseDouble(event.price());
            double size = (event.size() != null) ? Double.parseDouble(event.size()) : 0;
            if (!(price > 0) || !(size >= 0)) {
                throw new NumberFormatException("price must be positive and size not negative");
            }
            Bar bar = Bar.ofTick(event.tradeTime().toEpochMilli(), price, size);
            return new Tick(event.symbol(), event.price(), event.seq(), event.tradeTime(), bar,
                    (originAt >= 0) ? originAt : bar.time());
        }
        catch (UnreadableMessageException | NumberFormatException ex) {
            log.warn("Dropped an unreadable tick ({}); it is acknowledged and counted as invalid: check the"
                    + " publisher against docs/events.md", ex.getMessage());
            return null;
        }
    }
}
