package io.tradewatch.risk.messaging;

import java.math.BigDecimal;

import io.tradewatch.risk.domain.rules.Side;

/**
 * What the fills listener hands {@code order.filled} and {@code order.cancelled} to: the use case that applies
 * them to the book. Declared here and implemented by the service, so messaging does not depend on the use cases
 * that publish through it.
 */
public interface FillHandler {

    /** A fill with every field it needs. */
    record Fill(String eventId, String orderId, String symbol, Side side, BigDecimal quantity, BigDecimal price,
            BigDecimal fee) {
    }

    void fill(Fill fill);

    void cancel(String eventId, String orderId);
}
