package io.tradewatch.orders.messaging;

import java.math.BigDecimal;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.tradewatch.orders.domain.Side;
import io.tradewatch.orders.service.OrderService;
import io.tradewatch.platform.instrument.Instrument;
import io.tradewatch.platform.instrument.InstrumentCatalog;
import io.tradewatch.platform.messaging.MessageReader;
import io.tradewatch.platform.messaging.UnreadableMessageException;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.stereotype.Component;

/**
 * Consumes strategy signals from {@code order-executor.signals} and turns each into a market order sized by the
 * signal's notional. A signal that can never become an order (unreadable, unknown symbol, no side, no notional) is
 * dead-lettered to {@code order-executor.signals.dlq} and counted at its first attempt; any other failure is
 * retried first.
 */
@Component
class SignalListener {

    private final MessageReader reader;

    private final OrderService service;

    private final Set<String> symbols;

    SignalListener(MessageReader reader, OrderService service, InstrumentCatalog catalog) {
        this.reader = reader;
        this.service = service;
        this.symbols = Set.copyOf(catalog.all().stream().filter(Instrument::tradable).map(Instrument::symbol).toList());
    }

    @RabbitListener(id = "signals", queues = MessagingTopology.SIGNALS,
            concurrency = "${tradewatch.order-executor.consumers.signals:1}")
    void onSignal(Message message) {
        SignalEvent signal = reader.read(message, SignalEvent.class);
        if (signal.id() == null || signal.symbol() == null || !symbols.contains(signal.symbol())) {
            throw new UnreadableMessageException(message, "signal " + signal.id() + " has no id or an unknown symbol "
                    + signal.symbol());
        }
        if (!positive(signal.notional()) || !positive(signal.referencePrice())) {
            throw new UnreadableMessageException(message,
                    "signal " + signal.id() + " needs a positive notional and referencePrice");
        }
        Side side = side(message, signal);
        service.placeFromSignal(signal.id(), (signal.strategyId() != null) ? signal.strategyId() : "unknown",
                signal.symbol(), side, signal.notional(), signal.referencePrice());
    }

    private static Side side(Message message, SignalEvent signal) {
        try {
            return Side.valueOf(String.valueOf(signal.side()));
        }
        catch (IllegalArgumentException ex) {
            throw new UnreadableMessageException(message, "signal " + signal.id() + " has no valid side: " + signal.side(),
                    ex);
        }
    }

    private static boolean positive(@Nullable BigDecimal value) {
        return value != null && value.signum() > 0;
    }
}
