package io.tradewatch.e2e;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo traffic: nobody calls anything, and the default strategies' signals become orders and fills. */
@Order(1)
@ExtendWith(SystemExtension.class)
class DemoTrafficTests {

    private static final Set<String> DEFAULT_STRATEGIES = Set.of("ma-crossover-default", "rsi-reversion-default",
            "bollinger-breakout-default");

    @Test
    void theDefaultStrategiesSignalsBecomeOrdersAndFillsWithoutAnyCall(TradewatchSystem system) {
        Gateway gateway = new Gateway(system);
        AtomicReference<JsonNode> filled = new AtomicReference<>();
        TradewatchSystem.await("an order from a strategy's signal filled", Duration.ofSeconds(120), () -> {
            Http.Answer orders = gateway.get("/api/orders?status=FILLED&limit=100", system.viewerKey());
            StreamSupport.stream(orders.json().spliterator(), false)
                .filter(order -> "SIGNAL".equals(order.path("source").asString()))
                .findFirst()
                .ifPresent(filled::set);
            return filled.get() != null;
        });
        JsonNode order = filled.get();
        assertThat(order.path("strategyId").asString()).isIn(DEFAULT_STRATEGIES);
        assertThat(order.path("type").asString()).isEqualTo("MARKET");
        assertThat(Gateway.decimal(order.path("fill").path("price"))).isPositive();

        List<String> signalIds = StreamSupport.stream(gateway.get("/api/signals?limit=1000", system.viewerKey()).json()
            .spliterator(), false).map(signal -> signal.path("strategyId").asString()).toList();
        assertThat(signalIds).as("signals the strategy service published").contains(order.path("strategyId").asString());

        Scrape strategy = system.service(Service.STRATEGY).scrape();
        assertThat(strategy.samples("trading_signals_generated_total",
                Map.of("strategy", order.path("strategyId").asString()))).as("the signal's strategy counted it")
            .anySatisfy(sample -> assertThat(sample.value()).isGreaterThanOrEqualTo(1));
        Scrape executor = system.service(Service.ORDER_EXECUTOR).scrape();
        assertThat(executor.samples("trading_orders_filled_total", Map.of("type", "market")))
            .as("filled market orders counted").anySatisfy(sample -> assertThat(sample.value()).isGreaterThanOrEqualTo(1));
    }
}
