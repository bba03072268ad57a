package io.tradewatch.marketdata.feed;

import io.tradewatch.marketdata.domain.tick.Tick;
import io.tradewatch.marketdata.domain.tick.TickSource;

/** Where feeds deliver: never blocks, so a slow pipeline can never stall a feed. */
public interface TickSink {

    void accept(Tick tick);

    /** A message of {@code source} that could not be read; it is discarded and counted. */
    void parseError(TickSource source, String reason);
}
