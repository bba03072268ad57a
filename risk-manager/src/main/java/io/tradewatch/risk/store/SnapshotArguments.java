package io.tradewatch.risk.store;

/** The arguments of {@code snapshot.lua}: read the whole risk state. */
public record SnapshotArguments(String startingEquity)
        implements RiskScriptArguments {

    @Override
    public RiskScripts.Script script() {
        return RiskScripts.Script.SNAPSHOT;
    }

    @Override
    public Object[] argv() {
        return new Object[] { startingEquity };
    }
}
