package io.tradewatch.risk.store;

import java.util.List;

/**
 * The arguments of one call of a risk script, typed per script: each record's components are the script's
 * {@code ARGV} in the order its header comment declares them (a test checks this); the one key, the prefix of
 * every risk key, is added by {@link RiskScripts}.
 */
public sealed interface RiskScriptArguments permits CheckAndReserveArguments, ApplyFillArguments, MarkArguments,
        ReleaseArguments, SnapshotArguments {

    /** The script these arguments are for. */
    RiskScripts.Script script();

    /** The {@code KEYS}: only the key prefix, which {@code common.lua} reads as {@code P}. */
    default List<String> keys(String prefix) {
        return List.of(prefix);
    }

    /** The {@code ARGV} values, as {@code RedisTemplate.execute} takes them. */
    Object[] argv();
}
