package io.tradewatch.marketdata;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The REST API over a real socket: answers, and problem details for unknown symbols and bad parameters. */
class MarketApiTests extends MarketDataIntegrationTest {

    @Test
    void listsTheCatalogsSymbolsWithTheirAssetsAndSizes() {
        JsonNode symbols = json.readTree(get(port, "/api/market/symbols").body());
        assertThat(symbols.findValuesAsString("symbol")).startsWith("BTCUSDT", "ETHUSDT", "SOLUSDT")
            .contains("NOQUOTEUSDT");
        assertThat(symbols.get(0).get("baseAsset").stringValue()).isEqualTo("BTC");
        assertThat(symbols.get(0).get("quoteAsset").stringValue()).isEqualTo("USDT");
        assertThat(symbols.get(0).get("tickSize").decimalValue()).isEqualByComparingTo("0.01");
        assertThat(symbols.get(0).get("lotSize").decimalValue()).isEqualByComparingTo("0.001");
        assertThat(symbols.get(0).get("minNotional").decimalValue()).isEqualByComparingTo("0");
        assertThat(symbols.get(0).get("tradable").booleanValue()).isTrue();
    }

    @Test
    void symbolsInThePathAreCaseInsensitive() {
        HttpResponse<String> candles = get(port, "/api/market/candles/noQuoteUsdt");
        assertThat(candles.statusCode()).isEqualTo(200);
        assertThat(json.readTree(candles.body()).get("symbol").stringValue()).isEqualTo("NOQUOTEUSDT");
        HttpResponse<String> quote = get(port, "/api/market/quotes/noquoteusdt");
        assertThat(quote.statusCode()).isEqualTo(404);
        assertThat(json.readTree(quote.body()).get("type").stringValue()).isEqualTo("https://tradewatch.io/problems/no-quote");
        assertThat(json.readTree(quote.body()).get("detail").stringValue()).contains("NOQUOTEUSDT");
    }

    @Test
    void anUnknownSymbolIsANotFoundProblem() {
        for (String path : new String[] { "/api/market/quotes/DOGEUSDT", "/api/market/candles/DOGEUSDT" }) {
            HttpResponse<String> response = get(port, path);
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            JsonNode problem = json.readTree(response.body());
            assertThat(problem.get("status").intValue()).isEqualTo(404);
            assertThat(problem.get("type").stringValue()).isEqualTo("https://tradewatch.io/problems/unknown-symbol");
            assertThat(problem.get("detail").stringValue()).contains("DOGEUSDT");
        }
    }

    @Test
    void aKnownSymbolWithoutAQuoteYetIsANotFoundProblemToo() {
        HttpResponse<String> response = get(port, "/api/market/quotes/NOQUOTEUSDT");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json.readTree(response.body()).get("type").stringValue()).isEqualTo("https://tradewatch.io/problems/no-quote");
        HttpResponse<String> candles = get(port, "/api/market/candles/NOQUOTEUSDT");
        assertThat(candles.statusCode()).isEqualTo(200);
        assertThat(json.readTree(candles.body()).get("candles").isEmpty()).isTrue();
    }

    @Test
    void badParametersAreABadRequestProblemNamingEachOne() {
        HttpResponse<String> response = get(port, "/api/market/candles/BTCUSDT?interval=5m&limit=abc");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("errors").findValuesAsString("field")).containsExactly("interval", "limit");
        assertThat(get(port, "/api/market/candles/BTCUSDT?limit=0").statusCode()).isEqualTo(400);
        assertThat(json.readTree(get(port, "/api/market/candles/BTCUSDT?limit=1441").body()).get("errors")
            .findValuesAsString("field")).containsExactly("limit");
        HttpResponse<String> symbol = get(port, "/api/market/quotes/BTC-USDT");
        assertThat(symbol.statusCode()).isEqualTo(400);
        assertThat(json.readTree(symbol.body()).get("errors").findValuesAsString("field")).containsExactly("symbol");
    }

    @Test
    void theFeedEndpointShowsEachConnectionsStateAndFigures() {
        await().untilAsserted(() -> {
            JsonNode feed = json.readTree(get(port, "/api/market/feed").body());
            assertThat(feed.get("feed").stringValue()).isEqualTo("simulated");
            assertThat(feed.get("status").stringValue()).isEqualTo("UP");
            assertThat(feed.get("staleAfterSeconds").doubleValue()).isEqualTo(10.0);
            JsonNode connection = feed.get("connections").get(0);
            assertThat(connection.get("name").stringValue()).isEqualTo("simulated");
            assertThat(connection.get("state").stringValue()).isEqualTo("CONNECTED");
            assertThat(connection.get("messages").longValue()).isPositive();
            assertThat(connection.get("ratePerSecond").doubleValue()).isBetween(20.0, 100.0);
            assertThat(connection.get("uptimeSeconds").doubleValue()).isPositive();
            assertThat(connection.get("lastMessageAgeMillis").longValue()).isLessThan(5_000);
            assertThat(connection.get("parseErrors").longValue()).isZero();
            assertThat(connection.get("reconnects").longValue()).isZero();
        });
    }

    @Test
    void theFeedIsAHealthComponentWithItsScore() {
        await().untilAsserted(() -> {
            JsonNode health = json.readTree(get(managementPort, "/actuator/health").body());
            JsonNode feed = health.at("/components/tradingComponents/details/feed");
            assertThat(feed.get("status").stringValue()).isEqualTo("UP");
            assertThat(feed.get("score").doubleValue()).isGreaterThan(80);
            JsonNode readiness = json.readTree(get(managementPort, "/actuator/health/readiness").body());
            assertThat(readiness.at("/components/rabbit/status").stringValue()).isEqualTo("UP");
            assertThat(readiness.at("/components/redis/status").stringValue()).isEqualTo("UP");
        });
    }
}
