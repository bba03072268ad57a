package io.tradewatch.strategy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/** Backtests over HTTP, from uploaded CSV and from stored candles, give the hand-computed P&L. */
class BacktestApiTests extends StrategyServiceTestBase {

    /** BUY 62.5 at 16, SELL at 18 (+125), BUY 50 at 20, SELL at 16 (-200): P&L -75 (worked in BacktesterTests). */
    static final double[] PATH = LiveSignalTests.CROSSOVER;

    @Test
    void aBacktestOfUploadedCsvGivesTheHandComputedProfitAndLoss() {
        StringBuilder csv = new StringBuilder("time,open,high,low,close,volume\n");
        for (int i = 0; i < PATH.length; i++) {
            csv.append(T0.plusSeconds(60L * i)).append(",").append(PATH[i]).append(",").append(PATH[i]).append(",")
                .append(PATH[i]).append(",").append(PATH[i]).append(",1\n");
        }
        Map<String, Object> strategy = definition("bt-inline", "ma_crossover", List.of("BTCSV"),
                Map.of("fast", 2, "slow", 4), "1000", "0s");
        JsonNode result = post(Map.of("strategy", strategy, "csv", csv.toString(), "initialCash", "10000"));
        assertHandComputed(result);
        assertThat(result.get("symbol").asString()).isEqualTo("BTCSV");
    }

    @Test
    void aBacktestOfStoredCandlesRunsAStoredStrategy() {
        for (int i = 0; i < PATH.length; i++) {
            long t = T0.toEpochMilli() + i * 60_000L;
            String c = Double.toString(PATH[i]);
            redis.opsForZSet().add("md:candles:BTSTORED:1m",
                    "{\"t\":%d,\"o\":\"%s\",\"h\":\"%s\",\"l\":\"%s\",\"c\":\"%s\",\"v\":\"1\"}".formatted(t, c, c, c, c), t);
        }
        create(definition("bt-stored", "ma_crossover", List.of("BTSTORED"), Map.of("fast", 2, "slow", 4), "1000",
                "0s"));
        assertHandComputed(post(Map.of("strategyId", "bt-stored")));
        JsonNode windowed = post(Map.of("strategyId", "bt-stored", "from", T0.toString(),
                "to", Long.toString(T0.toEpochMilli() + 6 * 60_000L)));
        assertThat(windowed.get("bars").asInt()).isEqualTo(7);
        assertThat(windowed.get("open").get("entryPrice").decimalValue()).isEqualByComparingTo("16");
    }

    @Test
    void anInvalidBacktestListsEveryProblem() {
        JsonNode problem = json.readTree(http().post().uri("/api/backtests").contentType(MediaType.APPLICATION_JSON)
            .bodyValue(Map.of("strategyId", "no-such-strategy", "csv", "time,close\n1,abc\n", "initialCash", "-5"))
            .exchange().expectStatus().isBadRequest().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody().returnResult().getResponseBody());
        assertThat(DefinitionApiTests.fields(problem)).containsExactlyInAnyOrder("initialCash", "csv", "strategyId");
    }

    private JsonNode post(Map<String, Object> request) {
        return json.readTree(http().post().uri("/api/backtests").contentType(MediaType.APPLICATION_JSON)
            .bodyValue(request).exchange().expectStatus().isOk().expectBody().returnResult().getResponseBody());
    }

    private static void assertHandComputed(JsonNode result) {
        assertThat(result.get("pnl").decimalValue()).isEqualByComparingTo("-75.00");
        assertThat(result.get("finalEquity").decimalValue()).isEqualByComparingTo("9925.00");
        assertThat(result.get("maxDrawdownUsd").decimalValue()).isEqualByComparingTo("575.00");
        assertThat(result.get("maxDrawdown").asDouble()).isEqualTo(0.054762);
        assertThat(result.get("winRate").asDouble()).isEqualTo(0.5);
        assertThat(result.get("trades")).hasSize(2);
        assertThat(result.get("trades").get(0).get("pnl").decimalValue()).isEqualByComparingTo("125.00");
        assertThat(result.get("trades").get(1).get("pnl").decimalValue()).isEqualByComparingTo("-200.00");
        assertThat(result.get("equityCurve")).hasSize(17);
        assertThat(result.get("sharpe").isNumber()).isTrue();
    }
}
