package io.tradewatch.strategy.domain;

import java.time.Instant;


/**
 * A validated tick: the symbol, the price as published (for the signal's reference price), its bar, and the
 * pipeline origin (the {@code tw-origin-at} header, epoch ms, or the trade time when the header is absent).
 */
public record Tick(String symbol, String price, long seq, Instant tradeTime, Bar bar, long originAt) {
}
