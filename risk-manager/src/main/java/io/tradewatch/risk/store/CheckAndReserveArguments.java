package io.tradewatch.risk.store;

/** The arguments of {@code check-and-reserve.lua}: decide one order and reserve its room. */
public record CheckAndReserveArguments(String eventId, String orderId, String symbol, String side, String quantity,
        String notional, String decisionId, String decidedAt, String today, String startingEquity,
        String ttlSeconds, String engageOnCritical, String catalogTradable)
        implements RiskScriptArguments {

    @Override
    public RiskScripts.Script script() {
        return RiskScripts.Script.CHECK_AND_RESERVE;
    }

    @Override
    public Object[] argv() {
        return new Object[] { eventId, orderId, symbol, side, quantity, notional, decisionId, decidedAt, today,
                startingEquity, ttlSeconds, engageOnCritical, catalogTradable };
    }
}
