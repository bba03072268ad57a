package io.tradewatch.strategy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.tradewatch.testsupport.RealBrokersConfiguration;
import io.tradewatch.testsupport.contract.EventContract;

import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * One running strategy-service on real RabbitMQ and Redis (its own virtual host and database) for every
 * integration test class; each test uses its own symbols and strategy ids, since the context is shared.
 * Tick queues are bounded to 100 here so that overflow is cheap to provoke.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "management.server.port=0", "tradewatch.metrics.instance=test",
                "tradewatch.strategy.queue-max-length=100" })
@Import(RealBrokersConfiguration.class)
public abstract class StrategyServiceTestBase {

    protected static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    /** Every message the service publishes to a watched queue is checked against the contract on arrival. */
    protected static final EventContract CONTRACT = EventContract.load();

    @LocalServerPort
    protected int port;

    @Autowired
    protected RabbitTemplate rabbit;

    @Autowired
    protected RabbitAdmin admin;

    @Autowired
    protected StringRedisTemplate redis;

    @Autowired
    protected JsonMapper json;

    @Autowired
    protected ConfigurableApplicationContext context;

    protected WebTestClient http() {
        return http(port);
    }

    protected static WebTestClient http(int port) {
        return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).responseTimeout(Duration.ofSeconds(20))
            .build();
    }

    /** A strategy definition as the API takes it. */
    protected static Map<String, Object> definition(String id, String type, List<String> symbols,
            Map<String, Object> parameters, String notional, String cooldown) {
        return Map.of("id", id, "type", type, "symbols", symbols, "parameters", parameters, "notional", notional,
                "cooldown", cooldown, "enabled", true);
    }

    protected void create(Map<String, Object> definition) {
        http().post().uri("/api/strategies").contentType(MediaType.APPLICATION_JSON).bodyValue(definition).exchange()
            .expectStatus().isCreated();
    }

    /**
     * Publishes ticks of {@code symbol} at the given prices, one a minute from {@code T0}, on one channel so
     * they arrive in order (the template's channel cache could spread them over channels otherwise).
     */
    protected void publishTicks(String symbol, long firstSeq, double... prices) {
        rabbit.invoke(operations -> {
            for (int i = 0; i < prices.length; i++) {
                operations.send("trading.events", "tick." + symbol,
                        tick(symbol, firstSeq + i, prices[i], T0.plusSeconds(60L * (firstSeq + i))));
            }
            return null;
        });
    }

    protected static Message tick(String symbol, long seq, double price, Instant tradeTime) {
        String body = """
                {"type":"tick","id":"%s","occurredAt":"%s","version":1,"symbol":"%s","price":"%s","size":"0.5",\
                "bid":"%s","ask":"%s","seq":%d,"source":"simulated","tradeTime":"%s"}"""
            .formatted(UUID.randomUUID(), tradeTime, symbol, price, price, price, seq, tradeTime);
        return MessageBuilder.withBody(body.getBytes())
            .setContentType(MessageProperties.CONTENT_TYPE_JSON)
            .setDeliveryMode(MessageDeliveryMode.NON_PERSISTENT)
            .build();
    }

    /** A fresh exclusive queue bound to {@code routingKey} on trading.events, to watch what the service publishes. */
    protected String watch(String routingKey) {
        // not AnonymousQueue: it sets x-queue-leader-locator, which RabbitMQ 3.10 rejects for classic queues
        Queue queue = new Queue("test.watch." + UUID.randomUUID(), false, true, true);
        admin.declareQueue(queue);
        Binding binding = BindingBuilder.bind(queue).to(new TopicExchange("trading.events")).with(routingKey);
        admin.declareBinding(binding);
        return queue.getName();
    }

    /** Every message waiting in {@code queue}, checked against the contract and parsed, without waiting for more. */
    protected List<JsonNode> drain(String queue) {
        List<JsonNode> messages = new ArrayList<>();
        Message message;
        while ((message = rabbit.receive(queue)) != null) {
            MessageProperties properties = message.getMessageProperties();
            CONTRACT.assertPublished(properties.getReceivedRoutingKey(),
                    new String(message.getBody(), StandardCharsets.UTF_8), properties.getHeaders());
            messages.add(json.readTree(message.getBody()));
        }
        return messages;
    }

    protected JsonNode state(int port, String strategyId) {
        byte[] body = http(port).get().uri("/api/strategies/{id}/state", strategyId).exchange().expectStatus().isOk()
            .expectBody().returnResult().getResponseBody();
        return json.readTree(body);
    }

    protected static JsonNode symbolState(JsonNode state, String symbol) {
        for (JsonNode node : state.get("symbols")) {
            if (node.get("symbol").asString().equals(symbol)) {
                return node;
            }
        }
        throw new AssertionError("no symbol " + symbol + " in " + state);
    }
}
