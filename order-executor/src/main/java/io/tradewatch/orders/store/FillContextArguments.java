package io.tradewatch.orders.store;

import java.util.List;
import java.util.UUID;

/** The keys and arguments of {@code fill-context.lua}. */
record FillContextArguments(String order, String account, String positions, String quoteKeyPrefix)
        implements LuaArguments {

    static final String SCRIPT = "scripts/fill-context.lua";

    static FillContextArguments of(UUID orderId) {
        return new FillContextArguments(Keys.order(orderId), Keys.ACCOUNT, Keys.POSITIONS, Keys.quote(""));
    }

    @Override
    public String script() {
        return SCRIPT;
    }

    @Override
    public List<String> keys() {
        return List.of(order, account, positions);
    }

    @Override
    public Object[] argv() {
        return new Object[] { quoteKeyPrefix };
    }
}
