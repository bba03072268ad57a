package io.tradewatch.marketdata.feed.websocket;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The WebSocket feed ({@code tradewatch.market-data.feed.websocket.*}).
 *
 * @param url the exchange's stream endpoint; {@code /stream?streams=...} is appended
 * @param streamsPerConnection most streams one connection subscribes to (Binance allows 1024); more
 * symbols open more connections
 * @param bookTicker also subscribe to each symbol's best bid/ask stream, so ticks carry a real bid and ask
 * (otherwise both are the trade price)
 * @param initialBackoff the first reconnect delay, doubled on each failed attempt
 * @param maxBackoff the longest reconnect delay
 * @param jitter how much of each delay is random, 0-1 (0.5: between half and all of it)
 * @param idleTimeout a connection that receives nothing for this long is closed and reopened
 * @param connectTimeout how long opening the TCP connection may take
 */
public record WebSocketSettings(@DefaultValue("wss://stream.binance.com:9443") URI url,
        @DefaultValue("200") @Min(2) @Max(1024) int streamsPerConnection, @DefaultValue("true") boolean bookTicker,
        @DefaultValue("500ms") Duration initialBackoff, @DefaultValue("30s") Duration maxBackoff,
        @DefaultValue("0.5") @DecimalMin("0") @DecimalMax("1") double jitter,
        @DefaultValue("60s") Duration idleTimeout, @DefaultValue("10s") Duration connectTimeout) {

    public WebSocketSettings {
        if (initialBackoff.isNegative() || initialBackoff.isZero() || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("tradewatch.market-data.feed.websocket.initial-backoff must be positive and"
                    + " not above max-backoff (" + initialBackoff + " vs " + maxBackoff + ")");
        }
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException(
                    "tradewatch.market-data.feed.websocket.idle-timeout must be positive, was " + idleTimeout);
        }
    }
}
