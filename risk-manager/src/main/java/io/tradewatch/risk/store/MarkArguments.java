package io.tradewatch.risk.store;

/** The arguments of {@code mark.lua}: mark one symbol's position to a new price. */
public record MarkArguments(String symbol, String markPrice, String expectedVersion, String unrealized,
        String exposure, String today, String startingEquity, String engageOnCritical, String now)
        implements RiskScriptArguments {

    @Override
    public RiskScripts.Script script() {
        return RiskScripts.Script.MARK;
    }

    @Override
    public Object[] argv() {
        return new Object[] { symbol, markPrice, expectedVersion, unrealized, exposure, today, startingEquity,
                engageOnCritical, now };
    }
}
