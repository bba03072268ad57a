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
        assertPosition("3", "110", "0");
        fill("SELL", "1", "120");
        assertPosition("2", "110", "10");
        fill("SELL", "5", "90");
        assertPosition("-3", "90", "-30");
        fill("BUY", "1", "80");
        assertPosition("-2", "90", "-20");

        tick(SYMBOL, "85", "84.5", "85.5");
        eventually().until(() -> decimal(position(SYMBOL).path("markPrice")).compareTo(new BigDecimal("85")) == 0);
        JsonNode position = position(SYMBOL);
        assertThat(decimal(position.path("unrealizedPnl"))).isEqualByComparingTo("10");
        assertThat(decimal(position.path("marketValue"))).isEqualByComparingTo("-170");

        JsonNode end = portfolio();
        // fees at 10 bps: 0.2 + 0.13 + 0.12 + 0.45 + 0.08 = 0.98
        // cash: -200 - 130 + 120 + 450 - 80 - 0.98 = +159.02
        assertThat(delta(start, end, "cash")).isEqualByComparingTo("159.02");
        assertThat(delta(start, end, "realizedPnl")).isEqualByComparingTo("-20");
        assertThat(delta(start, end, "fees")).isEqualByComparingTo("0.98");
        assertThat(end.path("fillsApplied").asLong()).isEqualTo(start.path("fillsApplied").asLong() + 5);
        BigDecimal identity = decimal(end.path("startingCash")).add(decimal(end.path("realizedPnl")))
            .add(decimal(end.path("unrealizedPnl")))
            .subtract(decimal(end.path("fees")));
        assertThat(decimal(end.path("equity"))).isEqualByComparingTo(identity);
        eventually().until(() -> scrape("trading_paper_portfolio_value") != 0);
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
