package io.tradewatch.risk.domain;

/**
 * What an approved, not yet filled or cancelled order reserves: its unfilled quantity and the exposure it
 * holds against the gross exposure limit (zero for an order that only reduces a position).
 */
public record ReservationView(String orderId, String symbol, String side, String quantity, String exposure,
        String notional, String reservedAt) {
}
