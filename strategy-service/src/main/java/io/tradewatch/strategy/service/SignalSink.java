package io.tradewatch.strategy.service;

import io.tradewatch.strategy.domain.Decision;
import io.tradewatch.strategy.domain.SymbolStrategy;
import io.tradewatch.strategy.domain.Tick;

/**
 * Where the {@link LiveEngine} hands each decision to be published as a signal, off the tick's consumer thread;
 * implemented by the messaging role, so the engine does not depend on the broker.
 */
public interface SignalSink {

    /** Queues the decision a strategy took on a tick for publishing. */
    void submit(SymbolStrategy strategy, Decision decision, Tick tick);
}
