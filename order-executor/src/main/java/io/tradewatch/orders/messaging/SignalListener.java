package io.tradewatch.orders.messaging;

import java.math.BigDecimal;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.tradewatch.orders.domain.Side;
import io.tradewatch.orders.service.OrderService;
import io.tradewatch.platform.instrument.Instrument;
import io.tradewatch.platform.instrument.InstrumentCatalog;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.stereotype.Component;

/**
 * Consumes strategy signals from {@code order-executor.signals} and turns each into a market order sized by the
 * signal's notional. A signal that cannot become an order (unknown symbol, no side, no notional) is retried,
 * then dead-lettered to {@code order-executor.signals.dlq} and counted.
 */
@Component
class SignalListener {

    private final Messages messages;

    private final OrderService service;

    private final Set<String> symbols;

    SignalListener(Messages messages, OrderService service, InstrumentCatalog catalog) {
        this.messages = messages;
        this.service = service;
        this.symbols = Set.copyOf(catalog.all().stream().filter(Instrument::tradable).map(Instrument::symbol).toList());
    }

    @RabbitListener(id = "signals", queues = MessagingTopology.SIGNALS,
            concurrency = "${tradewatch.order-executor.consumers.signals:1}")
    void onSignal(Message message) {
        SignalEvent signal = messages.read(message, SignalEvent.class);
        if (signal.id() == null || signal.symbol() == null || !symbols.contains(signal.symbol())) {
            throw new InvalidMessageException("Signal " + signal.id() + " has no id or an unknown symbol "
                    + signal.symbol());
        }
        if (!positive(signal.notional()) || !positive(signal.referencePrice())) {
            throw new InvalidMessageException("Signal " + signal.id() + " needs a positive notional and referencePrice");
        }
        Side side = side(signal);
        service.placeFromSignal(signal.id(), (signal.strategyId() != null) ? signal.strategyId() : "unknown",
                signal.symbol(), side, signal.notional(), signal.referencePrice());
    }

    private static Side side(SignalEvent signal) {
        try {
            return Side.valueOf(String.valueOf(signal.side()));
        }
        catch (IllegalArgumentException ex) {
            throw new InvalidMessageException("Signal " + signal.id() + " has no valid side: " + signal.side(), ex);
        }
    }

    private static boolean positive(@Nullable BigDecimal value) {
        return value != null && value.signum() > 0;
    }
}
