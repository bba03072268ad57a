package io.tradewatch.orders.store;

import java.util.List;

/** The keys and arguments of {@code claim-outbox.lua}. */
record ClaimOutboxArguments(String outboxDue, String outboxHash, String nowMs, String nextAttemptMs,
        String maxEvents) implements LuaArguments {

    static final String SCRIPT = "scripts/claim-outbox.lua";

    static ClaimOutboxArguments of(long nowMillis, long nextMillis, int max) {
        return new ClaimOutboxArguments(Keys.OUTBOX_DUE, Keys.OUTBOX, Long.toString(nowMillis),
                Long.toString(nextMillis), Integer.toString(max));
    }

    @Override
    public String script() {
        return SCRIPT;
    }

    @Override
    public List<String> keys() {
        return List.of(outboxDue, outboxHash);
    }

    @Override
    public Object[] argv() {
        return new Object[] { nowMs, nextAttemptMs, maxEvents };
    }
}
