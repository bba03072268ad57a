package io.tradewatch.orders;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.tradewatch.testsupport.RealBrokersConfiguration;
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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.redis.core.StringRedisTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one Spring test context of the integration tests: order-executor on real RabbitMQ and Redis, driven over
 * its real REST port and queues. The tests play risk-manager (they read {@code order.requested} from their own
 * queue and publish decisions to {@code trading.events}), market-data (quotes in Redis, ticks on the exchange)
 * and strategy-service (signals). Each test uses its own symbol (listed in the test catalog,
 * {@code src/test/resources/application.properties}), so tests do not see each other's orders.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "management.server.port=0", "spring.rabbitmq.listener.simple.prefetch=10",
        "tradewatch.order-executor.slippage-bps=5", "tradewatch.order-executor.fee-bps=10",
        "tradewatch.order-executor.outbox.confirm-timeout=2s", "tradewatch.order-executor.outbox.retry-interval=300ms",
        "tradewatch.order-executor.portfolio-refresh=300ms" })
@Import(RealBrokersConfiguration.class)
abstract class ServiceTestSupport {

    static final String RISK_QUEUE = "test.risk-manager.orders";

    static final String OUTCOMES_QUEUE = "test.outcomes";

    static final String EXCHANGE = "trading.events";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static final Map<String, List<Received>> RECEIVED = new ConcurrentHashMap<>();

    private static final AtomicLong SEQ = new AtomicLong();

    /** Every message order-executor publishes to the test queues is checked against the contract on arrival. */
    private static final EventContract CONTRACT = EventContract.load();

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    AmqpAdmin admin;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    JsonMapper json;

    @BeforeEach
    void declareTestQueues() {
        TopicExchange exchange = new TopicExchange(EXCHANGE, true, false);
        Queue risk = new Queue(RISK_QUEUE, true, false, false);
        Queue outcomes = new Queue(OUTCOMES_QUEUE, true, false, false);
        admin.declareQueue(risk);
        admin.declareQueue(outcomes);
        admin.declareBinding(BindingBuilder.bind(risk).to(exchange).with("order.requested"));
        admin.declareBinding(filledBinding());
        admin.declareBinding(BindingBuilder.bind(outcomes).to(exchange).with("order.cancelled"));
    }

    static Binding filledBinding() {
        return BindingBuilder.bind(new Queue(OUTCOMES_QUEUE)).to(new TopicExchange(EXCHANGE)).with("order.filled");
    }

    static ConditionFactory eventually() {
        return Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50));
    }

    // ---- market-data: quotes and ticks ----

    void quote(String symbol, String bid, String ask) {
        quoteAt(symbol, bid, ask, Instant.now());
    }

    void quoteAt(String symbol, String bid, String ask, Instant at) {
        BigDecimal mid = new BigDecimal(bid).add(new BigDecimal(ask)).divide(BigDecimal.TWO);
        redis.opsForHash().putAll("md:quote:" + symbol, Map.of("last", mid.toPlainString(), "bid", bid, "ask", ask,
                "size", "1", "seq", Long.toString(SEQ.incrementAndGet()), "ts", Long.toString(at.toEpochMilli())));
    }

    void tick(String symbol, String price, String bid, String ask) {
        String body = """
                {"type":"tick","id":"%s","occurredAt":"%s","version":1,"symbol":"%s","price":"%s","size":"0.1",
                 "bid":"%s","ask":"%s","seq":%d,"source":"simulated","tradeTime":"%s"}"""
            .formatted(UUID.randomUUID(), Instant.now(), symbol, price, bid, ask, SEQ.incrementAndGet(), Instant.now());
        MessageProperties properties = new MessageProperties();
        properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        properties.setDeliveryMode(MessageDeliveryMode.NON_PERSISTENT);
        rabbit.send(EXCHANGE, "tick." + symbol, new Message(body.getBytes(StandardCharsets.UTF_8), properties));
    }

    // ---- risk-manager: requests and decisions ----

    Received awaitRequested(String orderId) {
        return awaitMessage(RISK_QUEUE, m -> m.body().path("orderId").asString().equals(orderId));
    }

    String approve(String orderId) {
        String id = UUID.randomUUID().toString();
        decide("order.approved", id, orderId, "[]");
        return id;
    }

    void decide(String type, String decisionId, String orderId, String reasons) {
        String body = """
                {"type":"%s","id":"%s","occurredAt":"%s","version":1,"orderId":"%s","symbol":"X","side":"BUY",
                 "orderType":"MARKET","quantity":"1","notional":"1","decidedAt":"%s","reasons":%s,"futureField":1}"""
            .formatted(type, decisionId, Instant.now(), orderId, Instant.now(), reasons);
        publish(type, body);
    }

    void publish(String routingKey, String body) {
        MessageProperties properties = new MessageProperties();
        properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        properties.setDeliveryMode(MessageDeliveryMode.PERSISTENT);
        rabbit.send(EXCHANGE, routingKey, new Message(body.getBytes(StandardCharsets.UTF_8), properties));
    }

    /** The first message on {@code queue} matching {@code predicate}, waiting for it; others are kept for later. */
    Received awaitMessage(String queue, Predicate<Received> predicate) {
        Received[] found = new Received[1];
        eventually().until(() -> {
            found[0] = find(queue, predicate);
            return found[0] != null;
        });
        return found[0];
    }

    /** Every message received so far on {@code queue} that matches, after draining what is waiting. */
    List<Received> received(String queue, Predicate<Received> predicate) {
        drain(queue);
        return RECEIVED.getOrDefault(queue, List.of()).stream().filter(predicate).toList();
    }

    private Received find(String queue, Predicate<Received> predicate) {
        List<Received> matching = received(queue, predicate);
        return matching.isEmpty() ? null : matching.get(0);
    }

    private void drain(String queue) {
        List<Received> list = RECEIVED.computeIfAbsent(queue, q -> new CopyOnWriteArrayList<>());
        for (Message message = rabbit.receive(queue); message != null; message = rabbit.receive(queue)) {
            MessageProperties properties = message.getMessageProperties();
            CONTRACT.assertPublished(properties.getReceivedRoutingKey(),
                    new String(message.getBody(), StandardCharsets.UTF_8), properties.getHeaders());
            list.add(new Received(json.readTree(message.getBody()), properties));
        }
    }

    // ---- REST ----

    HttpResponse<String> post(String body, String... headers) {
        return send(HttpRequest.newBuilder(uri(port, "/api/orders"))
            .header("Content-Type", "application/json")
            .headers(headers.length > 0 ? headers : new String[] { "X-Test", "1" })
            .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(port, path)).GET());
    }

    HttpResponse<String> delete(String path) {
        return send(HttpRequest.newBuilder(uri(port, path)).DELETE());
    }

    JsonNode placeAccepted(String body) {
        HttpResponse<String> response = post(body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return json.readTree(response.body());
    }

    JsonNode order(String id) {
        HttpResponse<String> response = get("/api/orders/" + id);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    /** The order as stored in Redis, with what the API does not show (revision, event ids). */
    JsonNode stored(String id) {
        String value = redis.opsForValue().get("orders:" + id);
        assertThat(value).as("orders:" + id).isNotNull();
        return json.readTree(value);
    }

    JsonNode awaitStatus(String id, String status) {
        eventually().until(() -> order(id).path("status").asString().equals(status));
        return order(id);
    }

    JsonNode portfolio() {
        return json.readTree(get("/api/portfolio").body());
    }

    JsonNode position(String symbol) {
        for (JsonNode position : json.readTree(get("/api/positions").body())) {
            if (position.path("symbol").asString().equals(symbol)) {
                return position;
            }
        }
        return null;
    }

    /** The sum of a metric's series on this instance's scrape whose labels contain every fragment. */
    long scrape(String metric, String... labelFragments) {
        return scrape(managementPort, metric, labelFragments);
    }

    static long scrape(int managementPort, String metric, String... labelFragments) {
        String scrape = send(HttpRequest.newBuilder(uri(managementPort, "/actuator/prometheus")).GET()).body();
        double total = 0;
        for (String line : scrape.split("\n")) {
            if (line.startsWith(metric + "{") && java.util.Arrays.stream(labelFragments).allMatch(line::contains)) {
                total += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return (long) total;
    }

    static URI uri(int port, String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(15)).build(), HttpResponse.BodyHandlers.ofString());
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    static BigDecimal decimal(JsonNode node) {
        return new BigDecimal(node.asString());
    }

    static List<String> fieldNames(JsonNode node) {
        return new ArrayList<>(node.propertyNames());
    }

    /** A message a test queue received: its JSON body and its AMQP properties. */
    record Received(JsonNode body, MessageProperties properties) {
    }
}
