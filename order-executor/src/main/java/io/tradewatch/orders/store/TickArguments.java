package io.tradewatch.orders.store;

import java.util.List;

/** The keys and arguments of {@code tick.lua}. */
record TickArguments(String marks, String buyBook, String sellBook, String symbol, String markPrice,
        String lowestBuyLimitCrossed, String highestSellLimitCrossed) implements LuaArguments {

    static final String SCRIPT = "scripts/tick.lua";

    @Override
    public String script() {
        return SCRIPT;
    }

    @Override
    public List<String> keys() {
        return List.of(marks, buyBook, sellBook);
    }

    @Override
    public Object[] argv() {
        return new Object[] { symbol, markPrice, lowestBuyLimitCrossed, highestSellLimitCrossed };
    }
}
