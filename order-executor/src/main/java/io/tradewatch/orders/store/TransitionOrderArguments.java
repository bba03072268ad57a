package io.tradewatch.orders.store;

import java.util.List;

/** The keys and arguments of {@code transition-order.lua}. */
record TransitionOrderArguments(String order, String openSet, String book, String outboxHash, String outboxDue,
        String expectedRevision, String newOrderJson, String openOp, String bookOp, String bookScore, String orderId,
        String eventId, String envelope, String dueMs, String orderTtlMs) implements LuaArguments {

    static final String SCRIPT = "scripts/transition-order.lua";

    @Override
    public String script() {
        return SCRIPT;
    }

    @Override
    public List<String> keys() {
        return List.of(order, openSet, book, outboxHash, outboxDue);
    }

    @Override
    public Object[] argv() {
        return new Object[] { expectedRevision, newOrderJson, openOp, bookOp, bookScore, orderId, eventId, envelope,
                dueMs, orderTtlMs };
    }
}
