package io.tradewatch.testsupport;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import io.tradewatch.metrics.amqp.PipelineOrigin;
import io.tradewatch.platform.messaging.TradewatchHeaders;

import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.redis.core.StringRedisTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The starter's AMQP and Lettuce instrumentation against a real RabbitMQ and Redis. It lives in this
 * module because it needs the real brokers this module provides, and shared-metrics cannot depend on
 * test-support without a dependency cycle.
 */
@SpringBootTest(classes = StarterInstrumentationIntegrationTests.App.class,
        properties = { "spring.application.name=instrumentation-test", "tradewatch.metrics.groups=messaging,cache",
                "spring.rabbitmq.listener.simple.retry.initial-interval=20ms" })
@Import(RealBrokersConfiguration.class)
class StarterInstrumentationIntegrationTests {

    static final String EXCHANGE = "trading.events";

    static final String QUEUE = "instrumentation.orders";

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    MeterRegistry registry;

    @Autowired
    Received received;

    @Autowired
    StringRedisTemplate redis;

    @Test
    void publishedAndConsumedMessagesAreStampedCountedAndCarryTheirOrigin() {
        double publishedBefore = count("trading.messages.published", "exchange", EXCHANGE, "event", "order.requested");
        double consumedBefore = count("trading.messages.consumed", "queue", QUEUE, "event", "order.requested",
                "outcome", "success");
        long origin = System.currentTimeMillis() - 250;
        PipelineOrigin.set(origin);
        try {
            rabbit.convertAndSend(EXCHANGE, "order.requested", "{\"id\":\"ok-1\"}");
        }
        finally {
            PipelineOrigin.clear();
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> received.origins.containsKey("{\"id\":\"ok-1\"}"));
        assertThat(received.origins.get("{\"id\":\"ok-1\"}")).isEqualTo(origin);
        assertThat(received.publishedAt.get()).isPositive();
        assertThat(count("trading.messages.published", "exchange", EXCHANGE, "event", "order.requested"))
            .isEqualTo(publishedBefore + 1);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(count("trading.messages.consumed",
                "queue", QUEUE, "event", "order.requested", "outcome", "success")).isEqualTo(consumedBefore + 1));
        assertThat(registry.get("trading.message.age").tag("queue", QUEUE).timer().count()).isPositive();
        assertThat(registry.get("trading.pipeline.latency").tag("stage", "order").timer().max(
                java.util.concurrent.TimeUnit.MILLISECONDS)).isGreaterThanOrEqualTo(250);
    }

    @Test
    void aMessageFailingItsLastRetryIsCountedAndDeadLettered() {
        double failedBefore = count("trading.messages.consumed", "queue", QUEUE, "event", "order.requested", "outcome",
                "error");
        rabbit.convertAndSend(EXCHANGE, "order.requested", "poison");
        Message dead = rabbit.receive(QUEUE + ".dlq", 15_000);
        assertThat(dead).isNotNull();
        assertThat(new String(dead.getBody())).isEqualTo("poison");
        assertThat(registry.get("trading.messages.dead.lettered").tags("queue", QUEUE, "event", "order.requested")
            .counter().count()).isEqualTo(1);
        assertThat(count("trading.messages.consumed", "queue", QUEUE, "event", "order.requested", "outcome", "error"))
            .as("one failed delivery, its three attempts inside one listener observation")
            .isEqualTo(failedBefore + 1);
    }

    private double count(String name, String... tags) {
        io.micrometer.core.instrument.Counter counter = registry.find(name).tags(tags).counter();
        return (counter != null) ? counter.count() : 0;
    }

    @Test
    void redisCommandLatencyIsRecordedByCommand() {
        redis.opsForValue().set("instrumentation:key", "value");
        assertThat(redis.opsForValue().get("instrumentation:key")).isEqualTo("value");
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(
                registry.find("lettuce.command.completion").tag("command", "SET").timer()).isNotNull());
        // Lettuce's own observation would time each command a second time (lettuce_seconds): off by default
        assertThat(registry.find("lettuce").timers()).isEmpty();
    }

    /** What the test listener saw. */
    static final class Received {

        final Map<String, Long> origins = new ConcurrentHashMap<>();

        final AtomicLong publishedAt = new AtomicLong();
    }

    @SpringBootConfiguration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class App {

        @Bean
        Received received() {
            return new Received();
        }

        @Bean
        Declarables topology() {
            TopicExchange events = new TopicExchange(EXCHANGE, true, false);
            TopicExchange dlx = new TopicExchange("trading.dlx", true, false);
            Queue queue = QueueBuilder.durable(QUEUE).quorum().deliveryLimit(5).deadLetterExchange("trading.dlx")
                .deadLetterRoutingKey(QUEUE).build();
            Queue dlq = QueueBuilder.durable(QUEUE + ".dlq").quorum().build();
            Binding binding = BindingBuilder.bind(queue).to(events).with("order.requested");
            Binding dead = BindingBuilder.bind(dlq).to(dlx).with(QUEUE);
            return new Declarables(events, dlx, queue, dlq, binding, dead);
        }

        @Bean
        Listener listener(Received received) {
            return new Listener(received);
        }
    }

    static final class Listener {

        private final Received received;

        Listener(Received received) {
            this.received = received;
        }

        @RabbitListener(queues = QUEUE)
        void onMessage(Message message) {
            String body = new String(message.getBody());
            if (body.equals("poison")) {
                throw new IllegalArgumentException("not an order");
            }
            received.publishedAt.set(TradewatchHeaders.millis(message.getMessageProperties().getHeaders(),
                    TradewatchHeaders.PUBLISHED_AT));
            received.origins.put(body, PipelineOrigin.current());
        }
    }
}
