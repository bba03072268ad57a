package io.tradewatch.e2e;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static io.tradewatch.e2e.Gateway.decimal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A trader's orders through the gateway: market and limit orders fill and move the portfolio and its P&L; a
 * resting order is cancelled; a viewer cannot place orders and a caller without a key is refused. The tests
 * trade XRPUSDT, which no default strategy trades, so the demo traffic cannot change its position.
 */
@Order(2)
@ExtendWith(SystemExtension.class)
class TradingThroughTheGatewayTests {

    static final String SYMBOL = "XRPUSDT";

    private static Gateway gateway;

    @BeforeAll
    static void xrpBecomesTradable(TradewatchSystem system) {
        gateway = new Gateway(system);
        ObjectNode limits = (ObjectNode) gateway.limits();
        ((ObjectNode) limits.path("symbols")).putObject(SYMBOL)
            .put("tradable", true)
            .put("maxOrderQuantity", "1000.00000000")
            .put("maxPosition", "5000.00000000");
        gateway.putLimits(limits);
        TradewatchSystem.await("a quote of " + SYMBOL, java.time.Duration.ofSeconds(30),
                () -> gateway.get("/api/market/quotes/" + SYMBOL, system.viewerKey()).status() == 200);
    }

    @Test
    void aCallerWithoutAKeyIsUnauthorizedAndAViewerCannotPlaceOrders(TradewatchSystem system) {
        Map<String, Object> order = Map.of("symbol", SYMBOL, "side", "BUY", "type", "MARKET", "quantity", "1");
        Http.Answer anonymous = gateway.send("POST", "/api/orders", null, order);
        assertThat(anonymous.status()).as(anonymous.toString()).isEqualTo(401);
        assertThat(anonymous.json().path("reason").asString()).isEqualTo("MISSING_CREDENTIALS");
        Http.Answer viewer = gateway.send("POST", "/api/orders", system.viewerKey(), order);
        assertThat(viewer.status()).as(viewer.toString()).isEqualTo(403);
        assertThat(viewer.json().path("requiredRole").asString()).isEqualTo("TRADER");
        Http.Answer orders = gateway.get("/api/orders?symbol=" + SYMBOL + "&limit=1000", system.viewerKey());
        assertThat(orders.status()).isEqualTo(200);
        assertThat(StreamSupport.stream(orders.json().spliterator(), false)
            .filter(placed -> "REST".equals(placed.path("source").asString()))
            .filter(placed -> placed.path("quantity").asString().startsWith("1.")))
            .as("nothing the refused calls could have placed").isEmpty();
    }

    @Test
    void aBadOrderIsAProblemThatNamesTheFieldsAndCarriesTheGatewaysRequestId(TradewatchSystem system) {
        Map<String, Object> order = Map.of("symbol", "NOSUCHUSDT", "side", "HOLD", "type", "MARKET", "quantity", "-1");
        Http.Answer answer = gateway.send("POST", "/api/orders", system.traderKey(), order);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        JsonNode problem = answer.json();
        assertThat(problem.path("type").asString()).as(answer.toString()).startsWith("https://tradewatch.io/problems/");
        assertThat(problem.path("title").asString()).as(answer.toString()).isNotBlank();
        assertThat(problem.path("detail").asString()).as(answer.toString()).isNotBlank();
        assertThat(answer.requestId()).as("the gateway's X-Request-Id of %s", answer).isNotBlank();
        assertThat(problem.path("requestId").asString()).as(answer.toString()).isEqualTo(answer.requestId());
        assertThat(StreamSupport.stream(problem.path("errors").spliterator(), false)
            .map(error -> error.path("field").asString()))
            .as(answer.toString()).contains("symbol", "side", "quantity");
    }

    @Test
    void marketAndLimitOrdersOfATraderFillAndMoveThePositionAndItsPnl(TradewatchSystem system) {
        JsonNode buy = gateway.awaitOrder(gateway.place(Map.of("symbol", SYMBOL, "side", "BUY", "type", "MARKET",
                "quantity", "100")).path("id").asString(), Set.of("FILLED", "REJECTED", "CANCELLED"));
        assertThat(buy.path("status").asString()).as(buy.toString()).isEqualTo("FILLED");
        BigDecimal bought = decimal(buy.path("fill").path("price"));

        BigDecimal bid = decimal(gateway.quote(SYMBOL).path("bid"));
        String limit = bid.multiply(new BigDecimal("0.9")).setScale(4, RoundingMode.DOWN).toPlainString();
        JsonNode sell = gateway.awaitOrder(gateway.place(Map.of("symbol", SYMBOL, "side", "SELL", "type", "LIMIT",
                "quantity", "40", "limitPrice", limit, "timeInForce", "GTC")).path("id").asString(),
                Set.of("FILLED", "REJECTED", "CANCELLED"));
        assertThat(sell.path("status").asString()).as(sell.toString()).isEqualTo("FILLED");
        BigDecimal sold = decimal(sell.path("fill").path("price"));
        assertThat(sold).as("a marketable limit order fills no worse than its limit")
            .isGreaterThanOrEqualTo(new BigDecimal(limit));

        JsonNode position = position(system);
        assertThat(decimal(position.path("quantity"))).isEqualByComparingTo("60");
        assertThat(decimal(position.path("averagePrice"))).isEqualByComparingTo(bought);
        // realized P&L is net of fees: the opening buy realizes minus its fee, the sell (sell - average) x 40 minus its own
        BigDecimal fees = decimal(buy.path("fill").path("fee")).add(decimal(sell.path("fill").path("fee")));
        assertThat(decimal(position.path("realizedPnl"))).as("(sell - average) x 40 - both fees")
            .isCloseTo(sold.subtract(bought).multiply(BigDecimal.valueOf(40)).subtract(fees),
                    within(new BigDecimal("0.00000001")));
        BigDecimal mark = decimal(position.path("markPrice"));
        assertThat(decimal(position.path("unrealizedPnl"))).as("(mark - average) x 60")
            .isEqualByComparingTo(mark.subtract(bought).multiply(BigDecimal.valueOf(60)).setScale(8, RoundingMode.HALF_EVEN));
    }

    @Test
    void aRestingLimitOrderIsCancelledAndCountedOnce(TradewatchSystem system) {
        BigDecimal bid = decimal(gateway.quote(SYMBOL).path("bid"));
        String far = bid.multiply(new BigDecimal("0.5")).setScale(4, RoundingMode.DOWN).toPlainString();
        String id = gateway.place(Map.of("symbol", SYMBOL, "side", "BUY", "type", "LIMIT", "quantity", "100",
                "limitPrice", far, "timeInForce", "GTC")).path("id").asString();
        JsonNode resting = gateway.awaitOrder(id, Set.of("APPROVED", "FILLED", "REJECTED", "CANCELLED"));
        assertThat(resting.path("status").asString()).as(resting.toString()).isEqualTo("APPROVED");
        Http.Answer cancelled = gateway.send("DELETE", "/api/orders/" + id, system.traderKey(), null);
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.json().path("status").asString()).isEqualTo("CANCELLED");
        // The strategies place market orders only, so this is the run's one cancelled limit buy.
        assertThat(system.service(Service.ORDER_EXECUTOR).scrape()
            .value("trading_orders_cancelled_total", Map.of("side", "buy", "type", "limit"))).isEqualTo(1.0);
    }

    private static JsonNode position(TradewatchSystem system) {
        Http.Answer positions = gateway.get("/api/positions", system.viewerKey());
        assertThat(positions.status()).as(positions.toString()).isEqualTo(200);
        return StreamSupport.stream(positions.json().spliterator(), false)
            .filter(position -> SYMBOL.equals(position.path("symbol").asString()))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no " + SYMBOL + " position in " + positions));
    }
}
