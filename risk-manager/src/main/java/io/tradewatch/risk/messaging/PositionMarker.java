package io.tradewatch.risk.messaging;

import java.math.BigDecimal;

/**
 * What the tick listener hands every valid tick to: the use case that marks the symbol's position to market.
 * Declared here and implemented by the service, so messaging does not depend on the use cases that publish
 * through it.
 */
public interface PositionMarker {

    /** Marks the symbol; false when concurrent fills kept changing its position (the next tick marks it). */
    boolean mark(String symbol, BigDecimal price);
}
