package io.tradewatch.risk.store;

/** The arguments of {@code release.lua}: release what a cancelled order still reserves. */
public record ReleaseArguments(String eventId, String orderId, String ttlSeconds)
        implements RiskScriptArguments {

    @Override
    public RiskScripts.Script script() {
        return RiskScripts.Script.RELEASE;
    }

    @Override
    public Object[] argv() {
        return new Object[] { eventId, orderId, ttlSeconds };
    }
}
