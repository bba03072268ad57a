package io.tradewatch.strategy;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import io.tradewatch.strategy.messaging.SignalDispatcher;

import org.springframework.amqp.rabbit.listener.DirectMessageListenerContainer;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Ticks in over RabbitMQ, signals out: exactly the expected ones, warm start, drops counted. */
class LiveSignalTests extends StrategyServiceTestBase {

    /** SMA(2) / SMA(4) crosses: BUY at 16, SELL at 18, BUY at 20, SELL at 16 (see the domain tests). */
    static final double[] CROSSOVER = { 14, 13, 12, 11, 10, 16, 20, 24, 22, 18, 10, 12, 20, 25, 22, 16, 15 };

    @Autowired
    private MeterRegistry registry;

    @Autowired
    private DirectMessageListenerContainer tickContainer;

    @Autowired
    private SignalDispatcher dispatcher;

    @Test
    void aScriptedPathProducesExactlyTheExpectedSignalsAsPublishedMessages() {
        create(definition("live-cross", "ma_crossover", List.of("LIVEA"), Map.of("fast", 2, "slow", 4), "1000",
                "0s"));
        awaitRunning("live-cross", "LIVEA");
        String signals = watch("signal.ma_crossover");
        publishTicks("LIVEA", 0, CROSSOVER);
        // every tick evaluated and every signal it produced confirmed by the broker, so queued for us
        await().atMost(Duration.ofSeconds(20)).until(() -> processed("LIVEA") == 17 && dispatcher.pending() == 0);
        assertThat(ticksEvaluated(port, "live-cross", "LIVEA")).isEqualTo(17);
        List<JsonNode> published = drainFor(signals, "live-cross");
        assertThat(published).extracting(node -> node.get("side").asString() + "@" + node.get("referencePrice").asString())
            .containsExactly("BUY@16.0", "SELL@18.0", "BUY@20.0", "SELL@16.0");
        JsonNode first = published.getFirst();
        assertThat(fieldNames(first)).containsExactlyInAnyOrder("type", "id", "occurredAt", "version", "strategyId",
                "strategyType", "symbol", "side", "strength", "referencePrice", "notional", "tickTime");
        assertThat(first.get("type").asString()).isEqualTo("signal");
        assertThat(first.get("version").asInt()).isEqualTo(1);
        assertThat(first.get("strategyType").asString()).isEqualTo("ma_crossover");
        assertThat(first.get("symbol").asString()).isEqualTo("LIVEA");
        assertThat(first.get("notional").asString()).isEqualTo("1000.00");
        assertThat(first.get("tickTime").asString()).isEqualTo(T0.plusSeconds(5 * 60).toString());
        assertThat(first.get("strength").isNumber()).isTrue();
        JsonNode recent = json.readTree(http().get().uri("/api/signals?limit=1000").exchange().expectStatus().isOk()
            .expectBody().returnResult().getResponseBody());
        List<String> recentIds = new java.util.ArrayList<>();
        for (JsonNode node : recent) {
            if (node.get("strategyId").asString().equals("live-cross")) {
                recentIds.add(node.get("id").asString());
            }
        }
        assertThat(recentIds).containsExactlyElementsOf(published.reversed().stream().map(n -> n.get("id").asString()).toList());
        assertThat(signalCounter("live-cross", "buy")).isEqualTo(2);
        assertThat(signalCounter("live-cross", "sell")).isEqualTo(2);
        assertThat(registry.find("trading.strategy.evaluation").timer())
            .satisfies(timer -> assertThat(timer.count()).isGreaterThanOrEqualTo(17));
        // the strategy is a component of the service's health, reported on the management port
        int managementPort = Integer.parseInt(context.getEnvironment().getProperty("local.management.port"));
        JsonNode health = json.readTree(http(managementPort).get().uri("/actuator/health").exchange()
            .expectBody().returnResult().getResponseBody());
        JsonNode component = health.get("components").get("tradingComponents").get("details").get("strategy.live-cross");
        assertThat(component).as(health.toString()).isNotNull();
        assertThat(component.get("status").asString()).isEqualTo("UP");
        assertThat(component.get("operations").asLong()).isPositive();
    }

    @Test
    void theStateEndpointShowsIndicatorsAfterAWarmStartFromCandles() {
        for (int i = 0; i < 30; i++) {
            long t = T0.toEpochMilli() + i * 60_000L;
            String close = Integer.toString(100 + i);
            redis.opsForZSet().add("md:candles:WARMA:1m", """
                    {"t":%d,"o":"%s","h":"%s","l":"%s","c":"%s","v":"2"}""".formatted(t, close, close, close, close), t);
        }
        create(definition("warm-cross", "ma_crossover", List.of("WARMA"), Map.of("fast", 5, "slow", 20), "500",
                "PT1M"));
        awaitRunning("warm-cross", "WARMA");
        JsonNode symbol = symbolState(state(port, "warm-cross"), "WARMA");
        assertThat(symbol.get("ready").asBoolean()).isTrue();
        assertThat(symbol.get("state").asString()).isEqualTo("ABOVE");
        assertThat(symbol.get("indicators").get("fast").asDouble()).isEqualTo((125 + 126 + 127 + 128 + 129) / 5.0);
        assertThat(symbol.get("indicators").get("slow").asDouble()).isEqualTo(119.5);
        assertThat(symbol.get("indicators").get("vwap").asDouble()).isEqualTo(114.5);
        assertThat(symbol.get("lastPrice").asDouble()).isEqualTo(129);
        assertThat(symbol.get("ticks").get("ticksEvaluated").asLong()).isZero();
        assertThat(symbol.get("position").asString()).isEqualTo("0");
    }

    @Test
    void ticksTheBoundedQueueDropsAreCountedAndUnreadableTicksToo() {
        create(definition("drop-cross", "ma_crossover", List.of("DROPA"), Map.of("fast", 2, "slow", 4), "10", "0s"));
        awaitRunning("drop-cross", "DROPA");
        double overflowBefore = dropped("queue_overflow");
        double invalidBefore = dropped("invalid");
        tickContainer.stop();
        try {
            rabbit.invoke(operations -> {
                for (int i = 0; i < 150; i++) {
                    operations.send("trading.events", "tick.DROPA", tick("DROPA", i, 50, T0.plusSeconds(60L * i)));
                }
                operations.send("trading.events", "tick.DROPA",
                        new org.springframework.amqp.core.Message("not json".getBytes()));
                return null;
            });
            await().atMost(Duration.ofSeconds(10)).until(() -> dropped("queue_overflow") - overflowBefore >= 51);
        }
        finally {
            tickContainer.start();
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> ticksEvaluated(port, "drop-cross", "DROPA") == 99);
        await().atMost(Duration.ofSeconds(10)).until(() -> dropped("invalid") - invalidBefore == 1);
        assertThat(dropped("queue_overflow") - overflowBefore).isEqualTo(51);
    }

    @Test
    void fillsOfAStrategyMoveItsPositionOnceEach() {
        create(definition("fill-cross", "ma_crossover", List.of("FILLA"), Map.of("fast", 2, "slow", 4), "10", "0s"));
        String buy = fill("fill-cross", "FILLA", "BUY", "0.5");
        String sell = fill("fill-cross", "FILLA", "SELL", "0.2");
        rabbit.invoke(operations -> {
            for (String body : List.of(buy, sell, buy, fill(null, "FILLA", "BUY", "7"))) {
                operations.send("trading.events", "order.filled", org.springframework.amqp.core.MessageBuilder
                    .withBody(body.getBytes()).setContentType("application/json").build());
            }
            return null;
        });
        await().atMost(Duration.ofSeconds(10))
            .until(() -> symbolState(state(port, "fill-cross"), "FILLA").get("position").asString().equals("0.3"));
        assertThat(redis.opsForHash().get("strategy:positions:fill-cross", "FILLA")).isEqualTo("30000000");
    }

    private static String fill(String strategyId, String symbol, String side, String quantity) {
        String id = java.util.UUID.randomUUID().toString();
        return """
                {"type":"order.filled","id":"%s","occurredAt":"2026-01-01T00:00:00Z","version":1,"orderId":"%s",\
                "fillId":"%s","symbol":"%s","side":"%s","orderType":"MARKET","quantity":"%s","price":"100","fee":"0",\
                "notional":"1","slippageBps":0,"strategyId":%s,"filledAt":"2026-01-01T00:00:00Z"}"""
            .formatted(id, java.util.UUID.randomUUID(), id, symbol, side, quantity,
                    (strategyId != null) ? "\"" + strategyId + "\"" : "null");
    }

    private double dropped(String reason) {
        Counter counter = registry.find("trading.ticks.dropped").tag("reason", reason).counter();
        return (counter != null) ? counter.count() : 0;
    }

    private double processed(String symbol) {
        Counter counter = registry.find("trading.ticks.processed").tag("symbol", symbol).counter();
        return (counter != null) ? counter.count() : 0;
    }

    private double signalCounter(String strategy, String side) {
        Counter counter = registry.find("trading.signals.generated").tag("strategy", strategy).tag("side", side)
            .counter();
        return (counter != null) ? counter.count() : 0;
    }

    private List<JsonNode> drainFor(String queue, String strategyId) {
        return drain(queue).stream().filter(node -> node.get("strategyId").asString().equals(strategyId)).toList();
    }

    private void awaitRunning(String strategyId, String symbol) {
        await().atMost(Duration.ofSeconds(10))
            .until(() -> symbolState(state(port, strategyId), symbol).get("running").asBoolean());
    }

    protected long ticksEvaluated(int port, String strategyId, String symbol) {
        JsonNode ticks = symbolState(state(port, strategyId), symbol).get("ticks");
        return (ticks == null || ticks.isNull()) ? 0 : ticks.get("ticksEvaluated").asLong();
    }

    private static List<String> fieldNames(JsonNode node) {
        return node.properties().stream().map(Map.Entry::getKey).toList();
    }
}
