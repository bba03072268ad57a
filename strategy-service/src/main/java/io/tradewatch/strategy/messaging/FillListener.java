package io.tradewatch.strategy.messaging;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.tradewatch.platform.messaging.MessageReader;
import io.tradewatch.platform.messaging.UnreadableMessageException;
import io.tradewatch.strategy.store.PositionStore;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code order.filled} from {@code strategy.fills} and moves the position of the fill's strategy.
 * A fill without a strategy id is acknowledged and ignored; an unreadable or incomplete one goes straight to
 * {@code strategy.fills.dlq} (never retried); a Redis failure is retried, then dead-lettered there too (replay it from the
 * DLQ once Redis is back: the processed marker makes a replay safe).
 */
@Component
class FillListener {

    private static final Logger log = LoggerFactory.getLogger(FillListener.class);

    private final MessageReader reader;

    private final PositionStore positions;

    FillListener(MessageReader reader, PositionStore positions) {
        this.reader = reader;
        this.positions = positions;
    }

    @RabbitListener(id = "strategyFills", queues = "strategy.fills")
    void onFill(Message message) {
        FillEvent fill = parse(message);
        if (fill.strategyId() == null) {
            return;
        }
        BigDecimal signed = "SELL".equals(fill.side()) ? fill.quantity().negate() : fill.quantity();
        if (positions.apply(fill.id(), fill.strategyId(), fill.symbol(), signed)) {
            log.info("Fill {} moved strategy {}'s {} position by {}", fill.id(), fill.strategyId(), fill.symbol(),
                    signed.toPlainString());
        }
    }

    private FillEvent parse(Message message) {
        FillEvent fill = reader.read(message, FillEvent.class);
        if (fill.id() == null || fill.symbol() == null || fill.quantity() == null
                || !("BUY".equals(fill.side()) || "SELL".equals(fill.side()))) {
            throw new UnreadableMessageException(message, "order.filled lacks id, symbol, side or quantity");
        }
        return fill;
    }

    /** The fields of {@code order.filled} this service reads. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record FillEvent(@Nullable String id, @Nullable String symbol, @Nullable String side,
            @Nullable BigDecimal quantity, @Nullable String strategyId) {
    }
}
