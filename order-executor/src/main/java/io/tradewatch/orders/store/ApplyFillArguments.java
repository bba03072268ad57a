package io.tradewatch.orders.store;

import java.util.List;

/** The keys and arguments of {@code apply-fill.lua}. */
record ApplyFillArguments(String order, String openSet, String book, String outboxHash, String outboxDue,
        String account, String positions, String fillMarkers, String trades, String expectedOrderRevision,
        String newOrderJson, String orderId, String orderTtlMs, String expectedAccountVersion, String cash,
        String realized, String fees, String symbol, String positionJson, String fillId, String filledMs,
        String tradeJson, String tradesKept, String markersKept, String eventId, String envelope, String dueMs)
        implements LuaArguments {

    static final String SCRIPT = "scripts/apply-fill.lua";

    @Override
    public String script() {
        return SCRIPT;
    }

    @Override
    public List<String> keys() {
        return List.of(order, openSet, book, outboxHash, outboxDue, account, positions, fillMarkers, trades);
    }

    @Override
    public Object[] argv() {
        return new Object[] { expectedOrderRevision, newOrderJson, orderId, orderTtlMs, expectedAccountVersion, cash,
                realized, fees, symbol, positionJson, fillId, filledMs, tradeJson, tradesKept, markersKept, eventId,
                envelope, dueMs };
    }
}
