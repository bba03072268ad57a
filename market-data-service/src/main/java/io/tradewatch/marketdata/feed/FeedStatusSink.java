package io.tradewatch.marketdata.feed;

/** Where feed status changes are announced (the {@code feed.status} publisher); may block briefly. */
@FunctionalInterface
public interface FeedStatusSink {

    void announce(FeedStatus status);
}
