package io.tradewatch.orders;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The P&L of a scripted fill sequence with a flip from long to short, applied by the service (the Java ledger
 * and the Lua commit together) and read back over REST, against values computed by hand.
 */
class PortfolioTests extends ServiceTestSupport {

    private static final String SYMBOL = "PNLUSDT";

    @Test
    void aScriptedSequenceWithAFlipFromLongToShortEndsAtHandComputedValues() {
        JsonNode start = portfolio();
        // marketable IOC limits at a quote whose bid = ask = limit fill exactly at the limit (slippage is capped by it)
        fill("BUY", "2", "100");
        fill("BUY", "1", "130");
        // realized P&L is net of fees (10 bps of each fill's notional)
        assertPosition("3", "110", "-0.33");
        fill("SELL", "1", "120");
        // + 1 x (120 - 110) - 0.12
        assertPosition("2", "110", "9.55");
        fill("SELL", "5", "90");
        // + 2 x (90 - 110) - 0.45
        assertPosition("-3", "90", "-30.90");
        fill("BUY", "1", "80");
        // + 1 x (90 - 80) - 0.08
        assertPosition("-2", "90", "-20.98");

        tick(SYMBOL, "85", "84.5", "85.5");
        eventually().until(() -> decimal(position(SYMBOL).path("markPrice")).compareTo(new BigDecimal("85")) == 0);
        JsonNode position = position(SYMBOL);
        assertThat(decimal(position.path("unrealizedPnl"))).isEqualByComparingTo("10");
        assertThat(decimal(position.path("marketValue"))).isEqualByComparingTo("-170");

        JsonNode end = portfolio();
        // fees at 10 bps: 0.2 + 0.13 + 0.12 + 0.45 + 0.08 = 0.98
        // cash: -200 - 130 + 120 + 450 - 80 - 0.98 = +159.02
        assertThat(delta(start, end, "cash")).isEqualByComparingTo("159.02");
        // realized net of fees: -20 gross - 0.98 fees
        assertThat(delta(start, end, "realizedPnl")).isEqualByComparingTo("-20.98");
        assertThat(delta(start, end, "fees")).isEqualByComparingTo("0.98");
        assertThat(end.path("fillsApplied").asLong()).isEqualTo(start.path("fillsApplied").asLong() + 5);
        BigDecimal identity = decimal(end.path("startingCash")).add(decimal(end.path("realizedPnl")))
            .add(decimal(end.path("unrealizedPnl")));
        assertThat(decimal(end.path("equity"))).isEqualByComparingTo(identity);
        eventually().until(() -> scrape("trading_paper_portfolio_value") != 0);
    }

    /**
     * The same two fills risk-manager's {@code RiskPnlTests} feeds it, so both services report the same realized
     * P&L net of fees. Slippage 5 bps, fee 10 bps (the test configuration):
     * market buy 2 at ask 100 fills at 100 x 1.0005 = 100.05, notional 200.10, fee 0.2001;
     * market sell 2 at bid 110 fills at 110 x 0.9995 = 109.945, notional 219.89, fee 0.21989;
     * gross realized 2 x (109.945 - 100.05) = 19.79, fees 0.41999, net realized 19.79 - 0.41999 = 19.37001
     * (19.37 to the cent).
     */
    @Test
    void aRoundTripWithSlippageAndFeesRealizesItsPnlNetOfFees() {
        String symbol = "NETUSDT";
        JsonNode start = portfolio();
        marketFill(symbol, "BUY", "99.9", "100", "100.05");
        marketFill(symbol, "SELL", "110", "110.1", "109.945");
        JsonNode end = portfolio();
        assertThat(position(symbol)).as("the round trip leaves the position flat").isNull();
        assertThat(delta(start, end, "realizedPnl")).isEqualByComparingTo("19.37001");
        assertThat(delta(start, end, "realizedPnl").setScale(2, java.math.RoundingMode.HALF_UP))
            .isEqualByComparingTo("19.37");
        assertThat(delta(start, end, "fees")).isEqualByComparingTo("0.41999");
        // gross of fees: realized + fees
        assertThat(delta(start, end, "realizedPnl").add(delta(start, end, "fees"))).isEqualByComparingTo("19.79");
        // cash: -200.10 - 0.2001 + 219.89 - 0.21989 = +19.37001, all of it realized (the position is flat)
        assertThat(delta(start, end, "cash")).isEqualByComparingTo("19.37001");
    }

    private void marketFill(String symbol, String side, String bid, String ask, String expectedPrice) {
        quote(symbol, bid, ask);
        String id = placeAccepted("""
                {"symbol":"%s","side":"%s","type":"MARKET","quantity":"2"}""".formatted(symbol, side))
            .path("id").asString();
        awaitRequested(id);
        approve(id);
        assertThat(decimal(awaitStatus(id, "FILLED").path("averagePrice"))).isEqualByComparingTo(expectedPrice);
    }

    private void fill(String side, String quantity, String price) {
        quote(SYMBOL, price, price);
        String id = placeAccepted("""
                {"symbol":"%s","side":"%s","type":"LIMIT","quantity":"%s","limitPrice":"%s","timeInForce":"IOC"}"""
            .formatted(SYMBOL, side, quantity, price)).path("id").asString();
        awaitRequested(id);
        approve(id);
        assertThat(decimal(awaitStatus(id, "FILLED").path("averagePrice"))).isEqualByComparingTo(price);
    }

    private void assertPosition(String quantity, String average, String realized) {
        JsonNode position = position(SYMBOL);
        assertThat(decimal(position.path("quantity"))).isEqualByComparingTo(quantity);
        assertThat(decimal(position.path("averagePrice"))).isEqualByComparingTo(average);
        assertThat(decimal(position.path("realizedPnl"))).isEqualByComparingTo(realized);
    }

    private static BigDecimal delta(JsonNode start, JsonNode end, String field) {
        return decimal(end.path(field)).subtract(decimal(start.path(field)));
    }
}
