package io.tradewatch.alerts.support;

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
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.tradewatch.testsupport.RealBrokersConfiguration;
import io.tradewatch.testsupport.SecondInstance;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one shared context of the alert-system's integration tests: the {@code local} profile (loopback targets
 * allowed), real RabbitMQ and Redis (a private virtual host and database), and a real HTTP receiver on
 * 127.0.0.1 that the default channels (a signed webhook, a Slack-compatible webhook and the log) point at.
 * Tests tell their alerts apart by a unique token, since they share the receiver and the queues.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "management.server.port=0", "tradewatch.metrics.instance=it" })
@ActiveProfiles("local")
@Import(RealBrokersConfiguration.class)
public abstract class IntegrationTestBase {

    protected static final String SECRET = "integration-test-secret-0123456789";

    protected static final TestReceiver RECEIVER = new TestReceiver();

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Settings both the test context and a second instance run with. */
    protected static final Map<String, String> SETTINGS = settings();

    @LocalServerPort
    protected int port;

    @Autowired
    protected RabbitTemplate rabbit;

    @Autowired
    protected JsonMapper json;

    @Autowired
    protected MeterRegistry registry;

    @Autowired
    protected ApplicationContext context;

    @DynamicPropertySource
    static void alertSettings(DynamicPropertyRegistry properties) {
        SETTINGS.forEach((key, value) -> properties.add(key, () -> value));
    }

    private static Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("tradewatch.alerts.default-channels[0].type", "webhook");
        settings.put("tradewatch.alerts.default-channels[0].url", RECEIVER.url("/default"));
        settings.put("tradewatch.alerts.default-channels[1].type", "slack");
        settings.put("tradewatch.alerts.default-channels[1].url", RECEIVER.url("/slack"));
        settings.put("tradewatch.alerts.default-channels[2].type", "log");
        settings.put("tradewatch.alerts.webhook.secret", SECRET);
        settings.put("tradewatch.alerts.delivery.timeout", "1500ms");
        settings.put("tradewatch.alerts.delivery.connect-timeout", "1s");
        settings.put("tradewatch.alerts.delivery.max-attempts", "3");
        settings.put("tradewatch.alerts.delivery.initial-backoff", "50ms");
        settings.put("tradewatch.alerts.delivery.max-backoff", "200ms");
        settings.put("tradewatch.alerts.rules.refresh-interval", "1s");
        settings.put("tradewatch.alerts.rules.clock-interval", "200ms");
        settings.put("tradewatch.alerts.sources.large-fill-notional", "50000");
        settings.put("tradewatch.alerts.history.max-length", "2000");
        settings.put("tradewatch.alerts.alertmanager.severity-aliases.page", "critical");
        return settings;
    }

    /** Arguments for a second replica on the same virtual host, Redis database and settings. */
    protected String[] secondInstanceArguments() {
        List<String> args = new ArrayList<>(List.of(SecondInstance.brokerArguments(context)));
        args.add("--server.port=0");
        args.add("--management.server.port=0");
        args.add("--spring.profiles.active=local");
        args.add("--tradewatch.metrics.instance=it-second");
        SETTINGS.forEach((key, value) -> args.add("--" + key + "=" + value));
        return args.toArray(String[]::new);
    }

    protected static String unique(String prefix) {
        StringBuilder token = new StringBuilder(prefix);
        for (int i = 0; i < 8; i++) {
            token.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
        }
        return token.toString();
    }

    protected HttpResponse<String> send(String method, String path, String body) {
        return send(method, path, body, Duration.ofSeconds(10));
    }

    protected HttpResponse<String> send(String method, String path, String body, Duration timeout) {
        HttpRequest.BodyPublisher publisher = (body == null) ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(timeout)
            .header("Content-Type", "application/json")
            .method(method, publisher)
            .build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        }
        catch (IOException ex) {
            throw new IllegalStateException(method + " " + path + " failed", ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", ex);
        }
    }

    protected JsonNode parse(String body) {
        return json.readTree(body);
    }

    /** Publishes an event as the other services do: JSON, persistent, with type, id, occurredAt and version. */
    protected String publish(String routingKey, String type, Map<String, Object> fields) {
        Message message = message(routingKey, type, fields);
        rabbit.send("trading.events", routingKey, message);
        return message.getMessageProperties().getMessageId();
    }

    /**
     * Publishes ticks of one symbol on a single channel, so they reach the queue in order (consecutive
     * {@code send} calls with publisher confirms may use different channels, which RabbitMQ does not order).
     */
    protected void publishTicks(String symbol, List<String> prices) {
        rabbit.invoke(operations -> {
            long seq = 1;
            for (String price : prices) {
                operations.send("trading.events", "tick." + symbol, message("tick." + symbol, "tick", Map.of("symbol",
                        symbol, "price", price, "size", "0.01", "bid", price, "ask", price, "seq", seq++, "source",
                        "simulated", "tradeTime", Instant.now().toString())));
            }
            return null;
        });
    }

    private Message message(String routingKey, String type, Map<String, Object> fields) {
        String id = UUID.randomUUID().toString();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("id", id);
        body.put("occurredAt", Instant.now().toString());
        body.put("version", 1);
        body.putAll(fields);
        MessageProperties properties = new MessageProperties();
        properties.setContentType("application/json");
        properties.setContentEncoding("UTF-8");
        properties.setMessageId(id);
        properties.setDeliveryMode(routingKey.startsWith("tick.") ? MessageDeliveryMode.NON_PERSISTENT
                : MessageDeliveryMode.PERSISTENT);
        return new Message(json.writeValueAsBytes(body), properties);
    }

    protected static double count(MeterRegistry registry, String name, String... tags) {
        Counter counter = registry.find(name).tags(tags).counter();
        return (counter != null) ? counter.count() : 0;
    }

    protected double count(String name, String... tags) {
        return count(registry, name, tags);
    }
}
