package io.tradewatch.risk;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.tradewatch.risk.messaging.Events;
import io.tradewatch.risk.store.LimitsRepository;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * All risk state lives in Redis: an instance that is stopped and started again shows the same limits,
 * positions and reservations, and never re-seeds the default limits over changed ones.
 */
class RestartTests extends RiskIntegrationTest {

    @Test
    void aRestartedInstanceKeepsLimitsPositionsAndReservations() throws Exception {
        String changed = LIMITS.replace("\"maxOpenOrders\": 20", "\"maxOpenOrders\": 7");
        JsonNode limits;
        JsonNode positions;
        JsonNode reservations;
        try (ConfigurableApplicationContext first = start()) {
            int port = port(first);
            assertThat(send(HttpRequest.newBuilder(uri(port, "/api/risk/limits"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(changed))).statusCode()).isEqualTo(200);
            String orderId = decide("ETHUSDT", "BUY", "3", "3000.00").get("orderId").asString();
            publish(Events.ORDER_FILLED, fill(orderId, "ETHUSDT", "BUY", "1", "1000"));
            await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(get(port, "/api/risk/exposure").get("reservedExposure").asString())
                    .isEqualTo("2000.00"));
            limits = get(port, "/api/risk/limits");
            positions = get(port, "/api/risk/positions");
            reservations = get(port, "/api/risk/exposure").get("reservations");
        }
        try (ConfigurableApplicationContext restarted = start()) {
            int port = port(restarted);
            assertThat(get(port, "/api/risk/limits")).isEqualTo(limits);
            assertThat(get(port, "/api/risk/limits").get("maxOpenOrders").asInt()).isEqualTo(7);
            assertThat(get(port, "/api/risk/positions")).isEqualTo(positions);
            assertThat(get(port, "/api/risk/exposure").get("reservations")).isEqualTo(reservations);
            assertThat(reservations).singleElement()
                .satisfies(r -> assertThat(r.get("quantity").asString()).isEqualTo("2.00000000"));
        }
    }

    @Test
    void replicasSeedingAtOnceStoreTheDefaultsExactlyOnce() throws Exception {
        redis.delete("risk:limits");
        LimitsRepository repository = context.getBean(LimitsRepository.class);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> seeders = IntStream.range(0, 8)
                .mapToObj(i -> (Callable<Boolean>) repository::seedDefaults)
                .toList();
            List<Boolean> seeded = pool.invokeAll(seeders).stream().map(RestartTests::result).toList();
            assertThat(seeded).containsOnlyOnce(true);
        }
        finally {
            pool.shutdownNow();
        }
        JsonNode limits = getJson("/api/risk/limits");
        assertThat(limits.get("maxOpenOrders").asInt()).as("the configured defaults").isEqualTo(50);
        assertThat(limits.get("symbols").get("BTCUSDT").get("maxOrderQuantity").asString()).isEqualTo("2.00000000");
    }

    private ConfigurableApplicationContext start() {
        return startInstance("restarted");
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private JsonNode get(int port, String path) {
        return json.readTree(send(HttpRequest.newBuilder(uri(port, path)).GET()).body());
    }

    private static Boolean result(Future<Boolean> future) {
        try {
            return future.get();
        }
        catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }
}
