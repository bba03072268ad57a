package io.tradewatch.strategy.service;

import java.util.Collection;

/**
 * Subscribes this replica to the ticks of the symbols its strategies name; implemented by the messaging role,
 * so the {@link LiveEngine} does not depend on the broker.
 */
public interface TickSubscriptions {

    /** Subscribes every symbol not subscribed yet; throws if the broker cannot be reached. */
    void bind(Collection<String> symbols);
}
