package io.tradewatch.risk.messaging;

import java.math.BigDecimal;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import io.tradewatch.metrics.health.ComponentHealth;
import io.tradewatch.metrics.health.ComponentHealthRegistry;
import io.tradewatch.platform.messaging.MessageReader;
import io.tradewatch.platform.messaging.UnreadableMessageException;
import io.tradewatch.risk.domain.rules.Side;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code risk-manager.fills} ({@code order.filled} and {@code order.cancelled}). Acknowledged after
 * the change is committed in Redis; a failure is retried and then dead-lettered to
 * {@code risk-manager.fills.dlq}; a message missing what it needs is dead-lettered at once. Redelivered
 * events change nothing (processed event ids are kept in Redis).
 */
@Component
class FillListener {

    private final FillHandler fills;

    private final MessageReader reader;

    private final ComponentHealth health;

    FillListener(FillHandler fills, MessageReader reader, ComponentHealthRegistry components) {
        this.fills = fills;
        this.reader = reader;
        this.health = components.component("fills");
    }

    @RabbitListener(id = "risk-fills", queues = Events.FILLS_QUEUE)
    void onMessage(Message message) {
        String routingKey = message.getMessageProperties().getReceivedRoutingKey();
        try {
            if (Events.ORDER_CANCELLED.equals(routingKey)) {
                OrderCancelled cancelled = reader.read(message, OrderCancelled.class);
                fills.cancel(required(message, cancelled.id(), "id"), required(message, cancelled.orderId(), "orderId"));
            }
            else {
                fills.fill(fill(message, reader.read(message, OrderFilled.class)));
            }
            health.success();
        }
        catch (RuntimeException ex) {
            health.failure();
            throw ex;
        }
    }

    private static FillHandler.Fill fill(Message message, OrderFilled filled) {
        BigDecimal quantity = filled.quantity();
        BigDecimal price = filled.price();
        if (quantity == null || quantity.signum() <= 0 || price == null || price.signum() <= 0) {
            throw new UnreadableMessageException(message, "a fill needs a positive quantity and price, had " + quantity + " at "
                    + price);
        }
        String side = required(message, filled.side(), "side");
        if (!side.equals("BUY") && !side.equals("SELL")) {
            throw new UnreadableMessageException(message, "side must be BUY or SELL, was " + side);
        }
        BigDecimal fee = (filled.fee() != null) ? filled.fee() : BigDecimal.ZERO;
        return new FillHandler.Fill(required(message, filled.id(), "id"), required(message, filled.orderId(), "orderId"),
                required(message, filled.symbol(), "symbol").toUpperCase(Locale.ROOT), Side.valueOf(side), quantity,
                price, fee);
    }

    private static String required(Message message, @Nullable String value, String field) {
        if (value == null || value.isBlank()) {
            throw new UnreadableMessageException(message, field + " is required");
        }
        return value;
    }
}
