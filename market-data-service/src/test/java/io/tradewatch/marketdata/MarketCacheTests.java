package io.tradewatch.marketdata;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Quotes and candles in Redis against the ticks sent, read the way the other services read them. */
class MarketCacheTests extends MarketDataIntegrationTest {

    private static final long MINUTE_ONE = MINUTE_ZERO + 60_000;

    private static final long MINUTE_THREE = MINUTE_ZERO + 180_000;

    @Test
    void quotesAndOneMinuteCandlesMatchTheTicksSentAcrossSeveralWrites() {
        send("QUOTETESTUSDT", 1, MINUTE_ZERO + 1_000, "100.50", "1.5", "100.40", "100.60");
        send("QUOTETESTUSDT", 2, MINUTE_ZERO + 20_000, "101.25", "0.25", "101.20", "101.30");
        send("QUOTETESTUSDT", 3, MINUTE_ZERO + 59_999, "99.75", "2", "99.70", "99.80");
        send("QUOTETESTUSDT", 4, MINUTE_ONE + 5_000, "102.00", "0.5", "101.90", "102.10");
        awaitQuoteSeq("QUOTETESTUSDT", 4);
        send("QUOTETESTUSDT", 5, MINUTE_ONE + 30_000, "101.10", "0.125", "101.00", "101.20");
        send("QUOTETESTUSDT", 6, MINUTE_THREE + 1, "103.3333", "3", "103.3300", "103.3400");
        awaitQuoteSeq("QUOTETESTUSDT", 6);

        Map<Object, Object> quote = redis.opsForHash().entries("md:quote:QUOTETESTUSDT");
        assertThat(quote).containsExactlyInAnyOrderEntriesOf(Map.of("last", "103.3333", "bid", "103.3300", "ask",
                "103.3400", "size", "3", "seq", "6", "ts", Long.toString(MINUTE_THREE + 1)));
        await().untilAsserted(() -> assertThat(redis.opsForZSet().rangeWithScores("md:candles:QUOTETESTUSDT:1m", 0, -1))
            .extracting(entry -> entry.getScore().longValue(), entry -> entry.getValue())
            .containsExactly(
                    org.assertj.core.groups.Tuple.tuple(MINUTE_ZERO, "{\"t\":" + MINUTE_ZERO
                            + ",\"o\":\"100.50\",\"h\":\"101.25\",\"l\":\"99.75\",\"c\":\"99.75\",\"v\":\"3.75\"}"),
                    org.assertj.core.groups.Tuple.tuple(MINUTE_ONE, "{\"t\":" + MINUTE_ONE
                            + ",\"o\":\"102.00\",\"h\":\"102.00\",\"l\":\"101.10\",\"c\":\"101.10\",\"v\":\"0.625\"}"),
                    org.assertj.core.groups.Tuple.tuple(MINUTE_THREE, "{\"t\":" + MINUTE_THREE
                            + ",\"o\":\"103.3333\",\"h\":\"103.3333\",\"l\":\"103.3333\",\"c\":\"103.3333\",\"v\":\"3\"}")));
    }

    @Test
    void theRestApiServesTheCachedQuoteAndTheNewestCandlesOldestFirst() {
        send("APITESTUSDT", 1, MINUTE_ZERO + 1_000, "5.10", "10", "5.09", "5.11");
        send("APITESTUSDT", 2, MINUTE_ONE + 1_000, "5.20", "20", "5.19", "5.21");
        send("APITESTUSDT", 3, MINUTE_THREE + 1_000, "5.30", "30", "5.29", "5.31");
        awaitQuoteSeq("APITESTUSDT", 3);

        JsonNode quote = json.readTree(get(port, "/api/market/quotes/apitestusdt").body());
        assertThat(quote.get("symbol").stringValue()).isEqualTo("APITESTUSDT");
        assertThat(quote.get("last").stringValue()).isEqualTo("5.30");
        assertThat(quote.get("seq").longValue()).isEqualTo(3);
        assertThat(quote.get("ts").longValue()).isEqualTo(MINUTE_THREE + 1_000);

        await().untilAsserted(() -> {
            JsonNode candles = json.readTree(get(port, "/api/market/candles/APITESTUSDT?interval=1m&limit=2").body());
            assertThat(candles.get("interval").stringValue()).isEqualTo("1m");
            assertThat(candles.get("candles").findValuesAsString("c")).containsExactly("5.20", "5.30");
            assertThat(candles.get("candles").get(0).get("t").longValue()).isEqualTo(MINUTE_ONE);
            assertThat(candles.get("candles").get(1).get("v").stringValue()).isEqualTo("30");
        });
        JsonNode all = json.readTree(get(port, "/api/market/quotes").body());
        assertThat(all.findValuesAsString("symbol")).contains("APITESTUSDT", "BTCUSDT");
    }

    @Test
    void keepsOnlyTheNewest1440CandlesOfASymbol() {
        for (int minute = 0; minute < 1_450; minute++) {
            send("CANDLETESTUSDT", minute + 1, MINUTE_ZERO + minute * 60_000L, "10.00", "1", "9.99", "10.01");
        }
        awaitQuoteSeq("CANDLETESTUSDT", 1_450);
        await().untilAsserted(() -> {
            assertThat(redis.opsForZSet().zCard("md:candles:CANDLETESTUSDT:1m")).isEqualTo(1_440);
            Set<String> oldest = redis.opsForZSet().range("md:candles:CANDLETESTUSDT:1m", 0, 0);
            assertThat(oldest).singleElement().asString().startsWith("{\"t\":" + (MINUTE_ZERO + 10 * 60_000L) + ",");
        });
        List<String> newest = List.copyOf(redis.opsForZSet().range("md:candles:CANDLETESTUSDT:1m", -1, -1));
        assertThat(newest.getFirst()).isEqualTo("{\"t\":" + (MINUTE_ZERO + 1_449 * 60_000L)
                + ",\"o\":\"10.00\",\"h\":\"10.00\",\"l\":\"10.00\",\"c\":\"10.00\",\"v\":\"1\"}");
    }

    private void awaitQuoteSeq(String symbol, long seq) {
        await().until(() -> String.valueOf(seq).equals(redis.opsForHash().get("md:quote:" + symbol, "seq")));
    }
}
