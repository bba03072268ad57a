package io.tradewatch.strategy;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import io.tradewatch.strategy.messaging.SignalDispatcher;
import io.tradewatch.testsupport.SecondInstance;

import org.springframework.amqp.rabbit.listener.DirectMessageListenerContainer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two replicas on the same broker and Redis: each symbol is evaluated by exactly one of them, no signal is
 * published twice, the definitions and defaults are shared, and when the active replica stops consuming the
 * other takes over, re-seeded from the candles.
 */
class TwoReplicaTests extends StrategyServiceTestBase {

    static final List<String> SYMBOLS = List.of("DUALA", "DUALB", "DUALC", "DUALD", "DUALE", "DUALF");

    @Autowired
    private DirectMessageListenerContainer tickContainer;

    private ConfigurableApplicationContext second;

    @Test
    void eachSymbolIsEvaluatedByOneReplicaAndNoSignalIsPublishedTwice() {
        create(definition("dual-cross", "ma_crossover", SYMBOLS, Map.of("fast", 2, "slow", 4), "1000", "0s"));
        // its own Reactor Netty resources: closing it must not stop the test context's servers
        second = SecondInstance.start(StrategyApplication.class, context, "--tradewatch.strategy.queue-max-length=100");
        try {
            int secondPort = Integer.parseInt(second.getEnvironment().getProperty("local.server.port"));
            sharedDefinitionsAndDefaults(secondPort);
            for (String symbol : SYMBOLS) {
                await().atMost(Duration.ofSeconds(10)).until(() -> running(port, symbol) && running(secondPort, symbol));
            }
            String signals = watch("signal.ma_crossover");
            SYMBOLS.forEach(symbol -> publishTicks(symbol, 0, LiveSignalTests.CROSSOVER));
            for (String symbol : SYMBOLS) {
                await().atMost(Duration.ofSeconds(20)).until(() -> processed(symbol) == 17);
                assertThat(List.of(ticks(port, symbol), ticks(secondPort, symbol))).as(symbol).containsOnly(0L, 17L);
            }
            List<JsonNode> published = collect(signals, 24);
            assertThat(published).hasSize(24);
            assertThat(new HashSet<>(published.stream().map(n -> n.get("id").asString()).toList())).hasSize(24);
            for (String symbol : SYMBOLS) {
                assertThat(published.stream().filter(n -> n.get("symbol").asString().equals(symbol))
                    .map(n -> n.get("side").asString())).containsExactly("BUY", "SELL", "BUY", "SELL");
            }
            failover(secondPort, signals);
        }
        finally {
            tickContainer.start();
            second.close();
        }
    }

    /** The first replica stops consuming; the second takes every shard and re-seeds from the candles. */
    private void failover(int secondPort, String signals) {
        for (String symbol : SYMBOLS) {
            writeCandles(symbol, LiveSignalTests.CROSSOVER);
        }
        Map<String, Long> before = new java.util.HashMap<>();
        SYMBOLS.forEach(symbol -> before.put(symbol, ticks(port, symbol)));
        tickContainer.stop();
        // continuing the path: 20 keeps the fast average below, 25 crosses above (BUY), 30 stays above
        SYMBOLS.forEach(symbol -> publishTicks(symbol, 17, 20, 25, 30));
        for (String symbol : SYMBOLS) {
            await().atMost(Duration.ofSeconds(20)).until(() -> processed(symbol) == 20);
            assertThat(ticks(secondPort, symbol) + ticks(port, symbol)).isEqualTo(20);
            assertThat(ticks(port, symbol)).as("first replica after it stopped, %s", symbol).isEqualTo(before.get(symbol));
        }
        List<JsonNode> published = collect(signals, 30);
        assertThat(published).hasSize(6);
        assertThat(published).extracting(n -> n.get("side").asString() + "@" + n.get("referencePrice").asString())
            .containsOnly("BUY@25.0");
        assertThat(published.stream().map(n -> n.get("symbol").asString()).distinct()).hasSize(6);
    }

    private void sharedDefinitionsAndDefaults(int secondPort) {
        JsonNode list = json.readTree(http(secondPort).get().uri("/api/strategies").exchange().expectStatus().isOk()
            .expectBody().returnResult().getResponseBody());
        List<String> ids = DefinitionApiTests.ids(list);
        assertThat(ids).contains("dual-cross");
        assertThat(ids.stream().filter(id -> id.endsWith("-default"))).hasSize(3);
        assertThat(redis.opsForSet().size("strategy:defs")).isEqualTo(ids.size());
    }

    private void writeCandles(String symbol, double[] closes) {
        for (int i = 0; i < closes.length; i++) {
            long t = T0.toEpochMilli() + i * 60_000L;
            String c = Double.toString(closes[i]);
            redis.opsForZSet().add("md:candles:" + symbol + ":1m",
                    "{\"t\":%d,\"o\":\"%s\",\"h\":\"%s\",\"l\":\"%s\",\"c\":\"%s\",\"v\":\"0.5\"}".formatted(t, c, c, c, c), t);
        }
    }

    /**
     * Once every tick is processed and no signal waits for its confirm on either replica (so all are in the
     * watching queue), both together counted exactly {@code confirmedTotal} signals; returns the queue's content.
     */
    private List<JsonNode> collect(String queue, double confirmedTotal) {
        await().atMost(Duration.ofSeconds(20)).until(() -> Stream.of(context, second)
            .allMatch(replica -> replica.getBean(SignalDispatcher.class).pending() == 0));
        assertThat(signalsCounted(context) + signalsCounted(second)).isEqualTo(confirmedTotal);
        return drain(queue).stream().filter(n -> n.get("strategyId").asString().equals("dual-cross")).toList();
    }

    /** Ticks of {@code symbol} processed by both replicas together. */
    private double processed(String symbol) {
        return Stream.of(context, second)
            .mapToDouble(replica -> replica.getBean(MeterRegistry.class).find("trading.ticks.processed")
                .tag("symbol", symbol).counters().stream().mapToDouble(Counter::count).sum())
            .sum();
    }

    private static double signalsCounted(ConfigurableApplicationContext replica) {
        return replica.getBean(MeterRegistry.class).find("trading.signals.generated").tag("strategy", "dual-cross")
            .counters().stream().mapToDouble(Counter::count).sum();
    }

    private boolean running(int port, String symbol) {
        return symbolState(state(port, "dual-cross"), symbol).get("running").asBoolean();
    }

    private long ticks(int port, String symbol) {
        JsonNode ticks = symbolState(state(port, "dual-cross"), symbol).get("ticks");
        return (ticks == null || ticks.isNull()) ? 0 : ticks.get("ticksEvaluated").asLong();
    }
}
