package io.tradewatch.orders;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.tradewatch.testsupport.SecondInstance;

import org.springframework.amqp.rabbit.listener.RabbitListenerEndpointRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.client.ReactorResourceFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** Two replicas on the same queues and Redis never fill an order twice, and a restart loses nothing. */
class ReplicaTests extends ServiceTestSupport {

    @Autowired
    ApplicationContext context;

    @Autowired
    RabbitListenerEndpointRegistry listeners;

    @Test
    void twoReplicasConsumingTheSameDecisionsNeverDoubleFill() {
        quote("REP1USDT", "999", "1001");
        long fillsBefore = portfolio().path("fillsApplied").asLong();
        try (ConfigurableApplicationContext replica = startReplica()) {
            int replicaManagementPort = managementPort(replica);
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                ids.add(placeAccepted("""
                        {"symbol":"REP1USDT","side":"BUY","type":"MARKET","quantity":"0.1"}""").path("id").asString());
            }
            for (String id : ids) {
                awaitRequested(id);
                String decision = UUID.randomUUID().toString();
                decide("order.approved", decision, id, "[]");
                decide("order.approved", decision, id, "[]");
                decide("order.approved", UUID.randomUUID().toString(), id, "[]");
            }
            ids.forEach(id -> awaitStatus(id, "FILLED"));
            String decisions = "queue=\"order-executor.decisions\"";
            eventually().until(() -> scrape(replicaManagementPort, "trading_messages_consumed_total", decisions)
                    + scrape("trading_messages_consumed_total", decisions) >= 60);
            assertThat(scrape(replicaManagementPort, "trading_messages_consumed_total", decisions))
                .as("the second replica consumed decisions too").isPositive();
            assertThat(scrape("trading_messages_consumed_total", decisions)).as("the first replica too").isPositive();

            assertThat(decimal(position("REP1USDT").path("quantity"))).isEqualByComparingTo("2.0");
            assertThat(portfolio().path("fillsApplied").asLong()).isEqualTo(fillsBefore + 20);
            JsonNode trades = json.readTree(get("/api/trades?limit=1000").body());
            assertThat(Stream.of(trades).flatMap(t -> java.util.stream.StreamSupport.stream(t.spliterator(), false))
                .filter(t -> t.path("symbol").asString().equals("REP1USDT"))
                .map(t -> t.path("orderId").asString())).containsExactlyInAnyOrderElementsOf(ids);
            for (String id : ids) {
                String fillId = order(id).path("fill").path("fillId").asString();
                eventually().until(() -> !received(OUTCOMES_QUEUE, m -> m.body().path("orderId").asString().equals(id))
                    .isEmpty());
                assertThat(received(OUTCOMES_QUEUE, m -> m.body().path("orderId").asString().equals(id)))
                    .extracting(m -> m.body().path("id").asString()).containsOnly(fillId);
            }
        }
    }

    @Test
    void aRestartKeepsOrdersAndThePortfolioAndMatchesTicksThatArrivedWhileDown() {
        quote("REP2USDT", "49", "51");
        listeners.stop();
        try {
            String filled;
            String resting;
            JsonNode before;
            try (ConfigurableApplicationContext first = startReplica()) {
                int firstPort = port(first);
                filled = placeOn(firstPort, "{\"symbol\":\"REP2USDT\",\"side\":\"BUY\",\"type\":\"MARKET\",\"quantity\":\"2\"}");
                resting = placeOn(firstPort,
                        "{\"symbol\":\"REP2USDT\",\"side\":\"BUY\",\"type\":\"LIMIT\",\"quantity\":\"1\",\"limitPrice\":\"40\"}");
                awaitRequested(filled);
                awaitRequested(resting);
                approve(filled);
                approve(resting);
                awaitStatus(filled, "FILLED");
                awaitStatus(resting, "APPROVED");
                before = json.readTree(send(java.net.http.HttpRequest.newBuilder(uri(firstPort, "/api/portfolio"))).body());
            }
            // no replica is running: the tick waits in order-executor.ticks
            tick("REP2USDT", "40", "39.5", "40");
            try (ConfigurableApplicationContext second = startReplica()) {
                int secondPort = port(second);
                eventually().until(() -> status(secondPort, resting).equals("FILLED"));
                JsonNode order = json.readTree(send(java.net.http.HttpRequest.newBuilder(
                        uri(secondPort, "/api/orders/" + filled))).body());
                assertThat(order.path("status").asString()).isEqualTo("FILLED");
                assertThat(decimal(order.path("filledQuantity"))).isEqualByComparingTo("2");
                JsonNode after = json.readTree(send(java.net.http.HttpRequest.newBuilder(
                        uri(secondPort, "/api/portfolio"))).body());
                // the resting buy of 1 at 40 cost 40 plus a 0.04 fee; nothing else changed
                assertThat(decimal(after.path("cash")).subtract(decimal(before.path("cash"))))
                    .isEqualByComparingTo("-40.04");
                assertThat(after.path("fillsApplied").asLong()).isEqualTo(before.path("fillsApplied").asLong() + 1);
                assertThat(decimal(position("REP2USDT").path("quantity"))).isEqualByComparingTo(new BigDecimal("3"));
            }
        }
        finally {
            listeners.start();
        }
    }

    private ConfigurableApplicationContext startReplica() {
        String[] args = Stream.concat(Stream.of(SecondInstance.brokerArguments(context)),
                Stream.of("--server.port=0", "--management.server.port=0", "--spring.rabbitmq.listener.simple.prefetch=10",
                        "--tradewatch.order-executor.fee-bps=10", "--tradewatch.order-executor.slippage-bps=5"))
            .toArray(String[]::new);
        // like Boot's test contexts, keep the replica off Reactor Netty's global resources: disposing them when the
        // replica closes would also stop the test context's management server, which runs on them
        return new SpringApplicationBuilder(OrderExecutorApplication.class)
            .initializers(replica -> replica.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
                @Override
                public Object postProcessBeforeInitialization(Object bean, String name) {
                    if (bean instanceof ReactorResourceFactory factory) {
                        factory.setUseGlobalResources(false);
                    }
                    return bean;
                }
            }))
            .run(args);
    }

    private String placeOn(int replicaPort, String body) {
        JsonNode order = json.readTree(send(java.net.http.HttpRequest.newBuilder(uri(replicaPort, "/api/orders"))
            .header("Content-Type", "application/json")
            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))).body());
        return order.path("id").asString();
    }

    private String status(int replicaPort, String id) {
        return json.readTree(send(java.net.http.HttpRequest.newBuilder(uri(replicaPort, "/api/orders/" + id))).body())
            .path("status")
            .asString();
    }

    private static int port(ConfigurableApplicationContext replica) {
        return ((WebServerApplicationContext) replica).getWebServer().getPort();
    }

    private static int managementPort(ConfigurableApplicationContext replica) {
        return Integer.parseInt(replica.getEnvironment().getProperty("local.management.port"));
    }
}
