package io.tradewatch.alerts.messaging;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.tradewatch.alerts.service.RuleEvaluation;
import io.tradewatch.metrics.TickMetrics;
import io.tradewatch.metrics.catalog.TagValues.DropReason;
import io.tradewatch.platform.instrument.Instrument;
import io.tradewatch.platform.messaging.MessageReader;
import io.tradewatch.platform.messaging.UnreadableMessageException;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.stereotype.Component;

/**
 * Feeds ticks from {@code alert-system.ticks} to the price, move and stale-feed rules. Ticks are worth little
 * once stale, so nothing is retried: an unreadable tick is counted as dropped ({@code invalid}) and
 * acknowledged, and gaps in a symbol's {@code seq} (ticks the bounded queue dropped) are counted as
 * {@code queue_overflow}.
 */
@Component
class TickListener {

    private static final Logger log = LoggerFactory.getLogger(TickListener.class);

    private final MessageReader reader;

    private final RuleEvaluation rules;

    private final TickMetrics metrics;

    private final Clock clock;

    private static final int MAX_SYMBOLS = 10_000;

    private final Map<String, Long> lastSeq = new ConcurrentHashMap<>();

    TickListener(MessageReader reader, RuleEvaluation rules, TickMetrics metrics, Clock clock) {
        this.reader = reader;
        this.rules = rules;
        this.metrics = metrics;
        this.clock = clock;
    }

    @RabbitListener(id = "alert-ticks", queues = Queues.TICKS, containerFactory = "tickListenerContainerFactory")
    void onTick(Message message) {
        long started = System.nanoTime();
        Events.Tick tick;
        BigDecimal price;
        try {
            tick = reader.read(message, Events.Tick.class);
            price = new BigDecimal(EventAlerts.required("price", tick.price()));
            EventAlerts.required("symbol", tick.symbol());
        }
        catch (UnreadableMessageException | IllegalArgumentException ex) {
            metrics.dropped(DropReason.INVALID);
            log.debug("Dropped an unreadable tick: {}", ex.getMessage());
            return;
        }
        String symbol = Instrument.normalise(tick.symbol());
        metrics.received(symbol);
        countGap(symbol, tick.seq());
        Instant tradeTime = (tick.tradeTime() != null) ? tick.tradeTime() : clock.instant();
        rules.onPrice(symbol, price, tradeTime);
        metrics.processed(symbol);
        metrics.processingTime(System.nanoTime() - started);
    }

    private void countGap(String symbol, Long seq) {
        if (seq == null) {
            return;
        }
        if (lastSeq.size() >= MAX_SYMBOLS && !lastSeq.containsKey(symbol)) {
            // more symbols than any feed carries: start over rather than grow without bound
            lastSeq.clear();
        }
        Long previous = lastSeq.put(symbol, seq);
        if (previous != null && seq > previous + 1) {
            metrics.dropped(DropReason.QUEUE_OVERFLOW, seq - previous - 1);
        }
    }
}
