package io.tradewatch.risk.store;

/** The arguments of {@code apply-fill.lua}: apply one fill the service computed. */
public record ApplyFillArguments(String eventId, String orderId, String symbol, String expectedVersion,
        String expectedMark, String expectedReserved, String quantity, String averagePrice, String symbolRealized,
        String realizedDelta, String unrealized, String exposure, String mark, String reservedQuantityLeft,
        String reservedExposureLeft, String today, String startingEquity, String ttlSeconds,
        String engageOnCritical, String now)
        implements RiskScriptArguments {

    @Override
    public RiskScripts.Script script() {
        return RiskScripts.Script.APPLY_FILL;
    }

    @Override
    public Object[] argv() {
        return new Object[] { eventId, orderId, symbol, expectedVersion, expectedMark, expectedReserved, quantity,
                averagePrice, symbolRealized, realizedDelta, unrealized, exposure, mark,
                reservedQuantityLeft, reservedExposureLeft, today, startingEquity, ttlSeconds,
                engageOnCritical, now };
    }
}
