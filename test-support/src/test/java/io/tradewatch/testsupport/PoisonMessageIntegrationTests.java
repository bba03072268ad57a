package io.tradewatch.testsupport;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import io.tradewatch.platform.messaging.Exchanges;
import io.tradewatch.platform.messaging.MessageReader;

import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The starter's one way to consume a message, on a real RabbitMQ with the suite's listener defaults: a message
 * the {@link MessageReader} cannot read is dead-lettered at its first attempt, while a failure that may pass
 * is retried (three attempts in all) before it is dead-lettered. Both are counted as dead letters.
 */
@SpringBootTest(classes = PoisonMessageIntegrationTests.App.class,
        properties = { "spring.application.name=poison-test", "tradewatch.metrics.groups=messaging",
                "spring.rabbitmq.listener.simple.retry.initial-interval=20ms" })
@Import(RealBrokersConfiguration.class)
class PoisonMessageIntegrationTests {

    static final String QUEUE = "poison-test.orders";

    static final String ROUTING_KEY = "order.requested";

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    MeterRegistry registry;

    @Autowired
    Attempts attempts;

    @Test
    void anUnreadableMessageIsDeadLetteredAfterExactlyOneAttemptAndCounted() {
        double deadBefore = deadLettered();
        send("unreadable-1", "{\"id\": \"unreadable-1\", \"failures\": ");

        Message dead = rabbit.receive(Exchanges.deadLetterQueue(QUEUE), 15_000);

        assertThat(dead).isNotNull();
        assertThat(dead.getMessageProperties().getMessageId()).isEqualTo("unreadable-1");
        assertThat(attempts.of("unreadable-1")).isEqualTo(1);
        assertThat(deadLettered()).isEqualTo(deadBefore + 1);
    }

    @Test
    void aTransientFailureIsRetriedAndTheMessageThenHandled() {
        double deadBefore = deadLettered();
        send("transient-1", "{\"id\": \"transient-1\", \"failures\": 2}");

        await().atMost(Duration.ofSeconds(15)).until(() -> attempts.handled.contains("transient-1"));

        assertThat(attempts.of("transient-1")).isEqualTo(3);
        assertThat(deadLettered()).isEqualTo(deadBefore);
    }

    @Test
    void aFailureThatOutlastsTheRetriesIsDeadLetteredAfterThreeAttempts() {
        double deadBefore = deadLettered();
        send("lasting-1", "{\"id\": \"lasting-1\", \"failures\": 99}");

        Message dead = rabbit.receive(Exchanges.deadLetterQueue(QUEUE), 15_000);

        assertThat(dead).isNotNull();
        assertThat(dead.getMessageProperties().getMessageId()).isEqualTo("lasting-1");
        assertThat(attempts.of("lasting-1")).isEqualTo(3);
        assertThat(attempts.handled).doesNotContain("lasting-1");
        assertThat(deadLettered()).isEqualTo(deadBefore + 1);
    }

    private void send(String id, String body) {
        rabbit.send(Exchanges.EVENTS, ROUTING_KEY, MessageBuilder.withBody(body.getBytes()).setMessageId(id).build());
    }

    private double deadLettered() {
        Counter counter = registry.find("trading.messages.dead.lettered").tags("queue", QUEUE, "event", ROUTING_KEY)
            .counter();
        return (counter != null) ? counter.count() : 0;
    }

    /** A test order: it fails {@code failures} times, as if a store were briefly down, then succeeds. */
    record Order(String id, int failures) {
    }

    /** How often the listener was called for each message id, and which messages it handled. */
    static final class Attempts {

        final Map<String, AtomicInteger> byMessage = new ConcurrentHashMap<>();

        final Set<String> handled = ConcurrentHashMap.newKeySet();

        int next(Message message) {
            return byMessage.computeIfAbsent(String.valueOf(message.getMessageProperties().getMessageId()),
                    id -> new AtomicInteger()).incrementAndGet();
        }

        int of(String messageId) {
            AtomicInteger count = byMessage.get(messageId);
            return (count != null) ? count.get() : 0;
        }
    }

    @SpringBootConfiguration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class App {

        @Bean
        Attempts attempts() {
            return new Attempts();
        }

        @Bean
        Declarables topology() {
            TopicExchange events = new TopicExchange(Exchanges.EVENTS, true, false);
            TopicExchange deadLetters = new TopicExchange(Exchanges.DEAD_LETTERS, true, false);
            Queue queue = QueueBuilder.durable(QUEUE).quorum().deliveryLimit(5).deadLetterExchange(Exchanges.DEAD_LETTERS)
                .deadLetterRoutingKey(QUEUE).build();
            Queue dlq = QueueBuilder.durable(Exchanges.deadLetterQueue(QUEUE)).quorum().build();
            return new Declarables(events, deadLetters, queue, dlq, BindingBuilder.bind(queue).to(events).with(ROUTING_KEY),
                    BindingBuilder.bind(dlq).to(deadLetters).with(QUEUE));
        }

        @Bean
        Listener listener(MessageReader reader, Attempts attempts) {
            return new Listener(reader, attempts);
        }
    }

    static final class Listener {

        private final MessageReader reader;

        private final Attempts attempts;

        Listener(MessageReader reader, Attempts attempts) {
            this.reader = reader;
            this.attempts = attempts;
        }

        @RabbitListener(queues = QUEUE)
        void onOrder(Message message) {
            int attempt = attempts.next(message);
            Order order = reader.read(message, Order.class);
            if (attempt <= order.failures()) {
                throw new IllegalStateException("store unavailable (attempt " + attempt + ")");
            }
            attempts.handled.add(order.id());
        }
    }
}
