package io.tradewatch.orders.domain;

import java.math.BigDecimal;

/** What paper execution does with an approved order: fill it at a price, cancel it, or let it rest. */
public sealed interface Execution {

    /** Fill the whole order at {@code price}. */
    record FillAt(BigDecimal price) implements Execution {
    }

    /** Cancel the order, releasing its reservation. */
    record CancelFor(CancelReason reason) implements Execution {
    }

    /** Keep a limit order in the book until a tick crosses its price. */
    record Rest() implements Execution {
    }
}
