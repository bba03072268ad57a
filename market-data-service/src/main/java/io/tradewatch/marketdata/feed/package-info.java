/**
 * Feeds behind one interface ({@link io.tradewatch.marketdata.feed.MarketFeed}): simulated, replayed from
 * CSV, or a Binance-compatible WebSocket stream; their connections, staleness and status events.
 */
@NullMarked
package io.tradewatch.marketdata.feed;

import org.jspecify.annotations.NullMarked;
