package io.tradewatch.risk.messaging;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.tradewatch.metrics.TickMetrics;
import io.tradewatch.metrics.catalog.TagValues.DropReason;
import io.tradewatch.metrics.health.ComponentHealth;
import io.tradewatch.metrics.health.ComponentHealthRegistry;
import io.tradewatch.platform.messaging.MessageReader;
import io.tradewatch.platform.messaging.UnreadableMessageException;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code risk-manager.ticks} (one active consumer across replicas, so ticks arrive in order) and
 * marks positions to market. A tick is never retried or dead-lettered: a bad one is counted as dropped and
 * acknowledged, and a gap in a symbol's sequence is counted as ticks the bounded queue dropped.
 */
@Component
class TickListener {

    private static final Logger log = LoggerFactory.getLogger(TickListener.class);

    private final PositionMarker marks;

    private final MessageReader reader;

    private final TickMetrics metrics;

    private final ComponentHealth health;

    private final Map<String, Long> lastSeq = new ConcurrentHashMap<>();

    TickListener(PositionMarker marks, MessageReader reader, TickMetrics metrics, ComponentHealthRegistry components) {
        this.marks = marks;
        this.reader = reader;
        this.metrics = metrics;
        this.health = components.component("marks");
    }

    @RabbitListener(id = "risk-ticks", queues = Events.TICKS_QUEUE, concurrency = "1")
    void onTick(Message message) {
        long start = System.nanoTime();
        Tick tick;
        try {
            tick = reader.read(message, Tick.class);
        }
        catch (UnreadableMessageException ex) {
            metrics.dropped(DropReason.INVALID);
            return;
        }
        String symbol = tick.symbol();
        BigDecimal price = tick.price();
        if (symbol == null || symbol.isBlank() || price == null || price.signum() <= 0) {
            metrics.dropped(DropReason.INVALID);
            return;
        }
        symbol = symbol.toUpperCase(Locale.ROOT);
        metrics.received(symbol);
        if (!inSequence(symbol, tick.seq())) {
            return;
        }
        mark(symbol, price);
        metrics.processingTime(System.nanoTime() - start);
    }

    private void mark(String symbol, BigDecimal price) {
        try {
            if (marks.mark(symbol, price)) {
                metrics.processed(symbol);
                health.success();
            }
            else {
                metrics.dropped(DropReason.STALE);
            }
        }
        catch (RuntimeException ex) {
            health.failure();
            metrics.dropped(DropReason.STALE);
            log.warn("Could not mark {} to {}: {}. The tick is dropped; the next tick of {} marks it again",
                    symbol, price.toPlainString(), ex.toString(), symbol);
        }
    }

    private boolean inSequence(String symbol, @Nullable Long seq) {
        if (seq == null) {
            return true;
        }
        Long last = lastSeq.put(symbol, seq);
        if (last == null || seq < last) {
            return true;
        }
        if (seq.longValue() == last.longValue()) {
            metrics.dropped(DropReason.DUPLICATE);
            return false;
        }
        if (seq > last + 1) {
            metrics.dropped(DropReason.QUEUE_OVERFLOW, seq - last - 1);
        }
        return true;
    }
}
