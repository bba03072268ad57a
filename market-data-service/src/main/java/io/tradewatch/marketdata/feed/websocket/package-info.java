/**
 * The WebSocket feed: Binance-compatible combined streams of trades and best quotes over Spring WebFlux's
 * Reactor Netty client, with reconnects (exponential backoff with jitter), resubscription, and several
 * connections when the streams exceed the per-connection limit.
 */
@NullMarked
package io.tradewatch.marketdata.feed.websocket;

import org.jspecify.annotations.NullMarked;
