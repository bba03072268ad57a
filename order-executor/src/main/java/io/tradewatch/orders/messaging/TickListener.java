package io.tradewatch.orders.messaging;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.tradewatch.metrics.TickMetrics;
import io.tradewatch.metrics.TradingMetrics;
import io.tradewatch.metrics.amqp.PipelineOrigin;
import io.tradewatch.metrics.catalog.TagValues.DropReason;
import io.tradewatch.orders.config.OrderExecutorProperties;
import io.tradewatch.orders.service.TickMatcher;
import io.tradewatch.platform.instrument.Instrument;
import io.tradewatch.platform.instrument.InstrumentCatalog;
import io.tradewatch.platform.messaging.MessageReader;
import io.tradewatch.platform.messaging.TradewatchHeaders;
import io.tradewatch.platform.messaging.UnreadableMessageException;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.stereotype.Component;

/**
 * Consumes ticks from the bounded {@code order-executor.ticks} queue: marks the portfolio and fills crossed
 * resting orders. Invalid, unknown and stale ticks are dropped and counted; a tick is never dead-lettered.
 */
@Component
class TickListener {

    private static final Logger log = LoggerFactory.getLogger(TickListener.class);

    private final MessageReader reader;

    private final TickMatcher matcher;

    private final TickMetrics ticks;

    private final TradingMetrics trading;

    private final Set<String> symbols;

    private final Duration maxAge;

    private final Clock clock;

    TickListener(MessageReader reader, TickMatcher matcher, TickMetrics ticks, TradingMetrics trading,
            OrderExecutorProperties properties, InstrumentCatalog catalog, Clock clock) {
        this.clock = clock;
        this.reader = reader;
        this.matcher = matcher;
        this.ticks = ticks;
        this.trading = trading;
        List<String> tradable = catalog.all().stream().filter(Instrument::tradable).map(Instrument::symbol).toList();
        this.symbols = Set.copyOf(tradable);
        this.maxAge = properties.quoteMaxAge();
        ticks.declareSymbols(tradable);
    }

    @RabbitListener(id = "ticks", queues = MessagingTopology.TICKS,
            concurrency = "${tradewatch.order-executor.consumers.ticks:1}")
    void onTick(Message message) {
        long started = System.nanoTime();
        TickEvent tick = parse(message);
        if (tick == null || tick.symbol() == null || !positive(tick.price())) {
            ticks.dropped(DropReason.INVALID);
            return;
        }
        if (!symbols.contains(tick.symbol())) {
            ticks.dropped(DropReason.UNKNOWN_SYMBOL);
            return;
        }
        ticks.received(tick.symbol());
        if (tick.tradeTime() != null && tick.tradeTime().isBefore(clock.instant().minus(maxAge))) {
            ticks.dropped(DropReason.STALE);
            return;
        }
        if (PipelineOrigin.current() < 0) {
            PipelineOrigin.set(TradewatchHeaders.millis(message.getMessageProperties().getHeaders(),
                    TradewatchHeaders.PUBLISHED_AT));
        }
        BigDecimal price = tick.price();
        matcher.onTick(tick.symbol(), price, positive(tick.ask()) ? tick.ask() : price,
                positive(tick.bid()) ? tick.bid() : price);
        long nanos = System.nanoTime() - started;
        ticks.processed(tick.symbol());
        ticks.processingTime(nanos);
        trading.paperTick(nanos);
    }

    private @Nullable TickEvent parse(Message message) {
        try {
            return reader.read(message, TickEvent.class);
        }
        catch (UnreadableMessageException ex) {
            log.debug("Dropping an unreadable tick: {}", ex.getMessage());
            return null;
        }
    }

    private static boolean positive(@Nullable BigDecimal value) {
        return value != null && value.signum() > 0;
    }
}
