package io.tradewatch.risk;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.tradewatch.platform.instrument.InstrumentCatalog;
import io.tradewatch.platform.messaging.Exchanges;
import io.tradewatch.risk.messaging.Events;
import io.tradewatch.testsupport.RealBrokersConfiguration;
import io.tradewatch.testsupport.TestInstruments;
import io.tradewatch.testsupport.IsolatedNettyResources;
import io.tradewatch.testsupport.RealBrokersConfiguration;
import io.tradewatch.testsupport.SecondInstance;
import io.tradewatch.testsupport.contract.EventContract;

import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.redis.core.StringRedisTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Base of the risk manager's integration tests: the service on real ports against the real RabbitMQ and
 * Redis (its own virtual host and database), with the same context as the contract test. The test acts
 * as order-executor (publishing {@code order.requested}, fills and cancellations) and as market data
 * (ticks), and reads what the service publishes from its own queues. Every test starts from empty risk
 * state and the limits below.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "management.server.port=0", "tradewatch.metrics.instance=test" })
@Import({ RealBrokersConfiguration.class, RiskIntegrationTest.Instruments.class })
public abstract class RiskIntegrationTest extends EventFixtures {

    protected static final String DECISIONS = "test.decisions";

    protected static final String BREACHES = "test.breaches";

    protected static final String LIMITS = """
            {"symbols": {
               "BTCUSDT": {"tradable": true, "maxOrderQuantity": "2", "maxPosition": "5"},
               "ETHUSDT": {"tradable": true, "maxOrderQuantity": "30", "maxPosition": "100"},
               "HALTUSDT": {"tradable": false, "maxOrderQuantity": "10", "maxPosition": "10"}},
             "maxOrderNotional": "100000.00", "maxGrossExposure": "250000.00", "maxOpenOrders": 20,
             "dailyLossLimit": "5000.00", "drawdownWarning": "0.05", "maxDrawdown": "0.10"}""";

    private static final AtomicLong TICK_SEQUENCE = new AtomicLong();

    /** Every decision and breach the service publishes is checked against the contract on arrival. */
    private static final EventContract CONTRACT = EventContract.load();

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    protected int port;

    @LocalManagementPort
    protected int managementPort;

    @Autowired
    protected RabbitTemplate rabbit;

    @Autowired
    protected AmqpAdmin admin;

    @Autowired
    protected StringRedisTemplate redis;

    @Autowired
    protected JsonMapper json;

    @Autowired
    protected ApplicationContext context;

    @BeforeEach
    void startFromEmptyRiskState() {
        TopicExchange events = new TopicExchange(Exchanges.EVENTS, true, false);
        declare(DECISIONS, events, Events.ORDER_APPROVED, Events.ORDER_REJECTED);
        declare(BREACHES, events, Events.RISK_BREACH);
        Set<String> keys = redis.keys("risk:*");
        if (!keys.isEmpty()) {
            redis.delete(keys);
        }
        admin.purgeQueue(DECISIONS, false);
        admin.purgeQueue(BREACHES, false);
        assertThat(put("/api/risk/limits", LIMITS).statusCode()).isEqualTo(200);
    }

    /**
     * Starts another instance of the service against this context's virtual host and Redis database, with
     * its own Netty resources; close it when done.
     */
    protected ConfigurableApplicationContext startInstance(String name) {
        String[] args = Stream.concat(Stream.of(SecondInstance.brokerArguments(context)),
                Stream.of("--server.port=0", "--management.server.port=0",
                        "--tradewatch.metrics.instance=" + name))
            .toArray(String[]::new);
        return new SpringApplicationBuilder(RiskManagerApplication.class, IsolatedNettyResources.class).run(args);
    }

    /** Waits until the risk state shows this equity (fills and ticks are applied asynchronously). */
    protected void awaitEquity(String equity) {
        await().atMost(Duration.ofSeconds(10))
            .untilAsserted(() -> assertThat(getJson("/api/risk/exposure").get("equity").asString()).isEqualTo(equity));
    }

    /** Waits until a symbol's position has this quantity. */
    protected void awaitPosition(String symbol, String quantity) {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode found = null;
            for (JsonNode position : getJson("/api/risk/positions")) {
                if (position.get("symbol").asString().equals(symbol)) {
                    found = position;
                }
            }
            assertThat(found).as("position in %s", symbol).isNotNull();
            assertThat(found.get("quantity").asString()).isEqualTo(quantity);
        });
    }

    /** Receives breaches the service publishes asynchronously (after a tick), so they end within the test. */
    protected List<JsonNode> awaitBreaches(int count) {
        return receive(BREACHES, count).stream().map(message -> json.readTree(message.getBody())).toList();
    }

    private void declare(String name, TopicExchange exchange, String... routingKeys) {
        Queue queue = new Queue(name, false, false, false);
        admin.declareQueue(queue);
        for (String routingKey : routingKeys) {
            Binding binding = BindingBuilder.bind(queue).to(exchange).with(routingKey);
            admin.declareBinding(binding);
        }
    }

    /** Publishes an order and waits for its decision. */
    protected JsonNode decide(String symbol, String side, String quantity, String notional) {
        Map<String, Object> order = order(symbol, side, quantity, notional);
        publish(Events.ORDER_REQUESTED, order);
        return awaitDecisions(1).get(0);
    }

    /**
     * Publishes a tick; its sequence number continues one counter for the whole test JVM, as a feed's does,
     * so a tick is never taken for a repeat of an earlier test's.
     */
    protected void tick(String symbol, String price) {
        long seq = TICK_SEQUENCE.incrementAndGet();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "tick");
        body.put("id", UUID.randomUUID().toString());
        body.put("occurredAt", Instant.now().toString());
        body.put("version", 1);
        body.put("symbol", symbol);
        body.put("price", price);
        body.put("size", "0.1");
        body.put("bid", price);
        body.put("ask", price);
        body.put("seq", seq);
        body.put("source", "simulated");
        body.put("tradeTime", Instant.now().toString());
        MessageProperties properties = new MessageProperties();
        properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        properties.setDeliveryMode(MessageDeliveryMode.NON_PERSISTENT);
        rabbit.send(Exchanges.EVENTS, "tick." + symbol, new Message(json.writeValueAsBytes(body), properties));
    }

    protected void publish(String routingKey, Map<String, Object> body) {
        MessageProperties properties = new MessageProperties();
        properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        properties.setMessageId(String.valueOf(body.get("id")));
        rabbit.send(Exchanges.EVENTS, routingKey, new Message(json.writeValueAsBytes(body), properties));
    }

    /** Waits for this many decisions (10 s at most) and returns their bodies in arrival order. */
    protected List<JsonNode> awaitDecisions(int count) {
        return receive(DECISIONS, count).stream().map(message -> json.readTree(message.getBody())).toList();
    }

    protected List<Message> receive(String queue, int count) {
        List<Message> messages = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (messages.size() < count && System.nanoTime() < deadline) {
            Message message = rabbit.receive(queue, 500);
            if (message != null) {
                if (queue.equals(DECISIONS) || queue.equals(BREACHES)) {
                    MessageProperties properties = message.getMessageProperties();
                    CONTRACT.assertPublished(properties.getReceivedRoutingKey(),
                            new String(message.getBody(), StandardCharsets.UTF_8), properties.getHeaders());
                }
                messages.add(message);
            }
        }
        assertThat(messages).as("messages received from %s", queue).hasSize(count);
        return messages;
    }

    protected static List<String> rules(JsonNode decision) {
        List<String> rules = new ArrayList<>();
        decision.get("reasons").forEach(reason -> rules.add(reason.get("rule").asString()));
        return rules;
    }

    protected JsonNode getJson(String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(port, path)).GET());
        assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    protected HttpResponse<String> put(String path, String body) {
        return send(HttpRequest.newBuilder(uri(port, path))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    protected HttpResponse<String> post(String path, String body) {
        return send(HttpRequest.newBuilder(uri(port, path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    protected static URI uri(int port, String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    protected static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        }
        catch (IOException ex) {
            throw new IllegalStateException("HTTP call failed", ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", ex);
        }
    }

    /** The instrument catalog of the tests: XYZUSDT is left out on purpose (an instrument nobody may trade). */
    @TestConfiguration(proxyBeanMethods = false)
    static class Instruments {

        @Bean
        InstrumentCatalog testInstruments() {
            return TestInstruments.catalog("BTCUSDT", "ETHUSDT", "SOLUSDT", "BNBUSDT", "HALTUSDT");
        }
    }
}
