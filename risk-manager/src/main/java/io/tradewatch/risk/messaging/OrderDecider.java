package io.tradewatch.risk.messaging;

import io.tradewatch.risk.domain.Decision;

/**
 * What the order listener hands every valid {@code order.requested} to: the use case that decides it and
 * publishes the decision. Declared here and implemented by the service, so messaging does not depend on the
 * use cases that publish through it.
 */
public interface OrderDecider {

    /** Decides the order and returns once the decision is confirmed by the broker. */
    Decision decide(ValidOrder order);
}
