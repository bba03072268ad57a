package io.tradewatch.orders.store;

import java.util.List;

/**
 * The arguments of one call of a Lua script, typed per script: each record's components are the script's
 * {@code KEYS} followed by its {@code ARGV}, in the order its header comment declares them (a test checks this).
 */
sealed interface LuaArguments permits CreateOrderArguments, TransitionOrderArguments, ApplyFillArguments,
        ClaimOutboxArguments, FillContextArguments, TickArguments {

    /** The script's resource, whose header declares its keys and arguments. */
    String script();

    List<String> keys();

    /** The {@code ARGV} values, as {@code RedisTemplate.execute} takes them. */
    Object[] argv();
}
