package io.tradewatch.orders.store;

import java.util.List;

/** The keys and arguments of {@code create-order.lua}. */
record CreateOrderArguments(String order, String openSet, String index, String outboxHash, String outboxDue,
        String idempotencyKey, String orderJson, String createdMs, String open, String eventId, String envelope,
        String dueMs, String pendingIdempotencyValue, String committedIdempotencyValue, String idempotencyTtlMs,
        String indexCutoffMs, String orderTtlMs, String orderId) implements LuaArguments {

    static final String SCRIPT = "scripts/create-order.lua";

    @Override
    public String script() {
        return SCRIPT;
    }

    @Override
    public List<String> keys() {
        return List.of(order, openSet, index, outboxHash, outboxDue, idempotencyKey);
    }

    @Override
    public Object[] argv() {
        return new Object[] { orderJson, createdMs, open, eventId, envelope, dueMs, pendingIdempotencyValue,
                committedIdempotencyValue, idempotencyTtlMs, indexCutoffMs, orderTtlMs, orderId };
    }
}
