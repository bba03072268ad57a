package io.tradewatch.risk.domain.rules;

import java.math.BigDecimal;
import java.util.Map;

/** Limits and states for the plain-Java rule tests. */
final class TestStates {

    static final String TODAY = "2026-03-02";

    private TestStates() {
    }

    static RiskLimits limits() {
        return new RiskLimits(Map.of("BTCUSDT", new SymbolLimits(true, d("2"), d("5")), "HALTUSDT",
                new SymbolLimits(false, d("10"), d("10"))), d("100000.00"), d("250000.00"), 3, d("5000.00"),
                d("0.0500"), d("0.1000"));
    }

    /** A flat account with 100,000 USD equity, no orders, day started today. */
    static RiskState flat() {
        return state(false, Map.of(), "0.00", 0, "0.00", "100000.00");
    }

    static RiskState state(boolean killSwitch, Map<String, SymbolBook> books, String reserved, int open,
            String realized, String dayStart) {
        return new RiskState(killSwitch, books, d(reserved), open, d("100000.00"), d(realized), d("100000.00"), TODAY,
                d(dayStart));
    }

    static SymbolBook book(String symbol, String position, String pendingBuy, String pendingSell, String unrealized,
            String exposure) {
        return new SymbolBook(symbol, d(position), d(pendingBuy), d(pendingSell), d(unrealized), d(exposure));
    }

    static OrderCheck buy(String symbol, String quantity, String notional) {
        return new OrderCheck(symbol, Side.BUY, d(quantity), d(notional));
    }

    static OrderCheck sell(String symbol, String quantity, String notional) {
        return new OrderCheck(symbol, Side.SELL, d(quantity), d(notional));
    }

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }
}
