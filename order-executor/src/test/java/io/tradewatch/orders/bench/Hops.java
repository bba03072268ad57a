package io.tradewatch.orders.bench;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;

/**
 * The benchmark's broker side: the queues the stand-in risk-manager and the fill observer read, and the raw
 * alternative, a chain of three persistent publish/consume hops through quorum queues with no service between.
 */
final class Hops {

    static final String RISK = "bench.risk-manager.orders";

    static final String FILLS = "bench.fills";

    private static final String[] CHAIN = { "bench.hop1", "bench.hop2", "bench.hop3" };

    private final CachingConnectionFactory rabbit;

    private final RabbitTemplate template;

    private final Map<Long, Long> sentAt = new ConcurrentHashMap<>();

    private final Map<Long, Long> doneAt = new ConcurrentHashMap<>();

    private final AtomicLong sequence = new AtomicLong();

    private volatile Semaphore loop;

    Hops(CachingConnectionFactory rabbit, RabbitTemplate template) {
        this.rabbit = rabbit;
        this.template = template;
    }

    /** Declares the observer's queue, the raw chain and, unless the real risk-manager runs, the stand-in's queue. */
    static void declare(RabbitAdmin admin, boolean standIn) {
        TopicExchange exchange = new TopicExchange("trading.events", true, false);
        admin.declareExchange(exchange);
        if (standIn) {
            Queue risk = QueueBuilder.durable(RISK).quorum().build();
            admin.declareQueue(risk);
            admin.declareBinding(BindingBuilder.bind(risk).to(exchange).with("order.requested"));
        }
        Queue fills = QueueBuilder.durable(FILLS).quorum().build();
        admin.declareQueue(fills);
        admin.declareBinding(BindingBuilder.bind(fills).to(exchange).with("order.filled"));
        admin.declareBinding(BindingBuilder.bind(fills).to(exchange).with("order.cancelled"));
        admin.declareBinding(BindingBuilder.bind(fills).to(exchange).with("order.rejected"));
        for (String hop : CHAIN) {
            admin.declareQueue(QueueBuilder.durable(hop).quorum().build());
        }
    }

    static SimpleMessageListenerContainer listen(CachingConnectionFactory rabbit, String queue, int consumers,
            Consumer<Message> handler) {
        SimpleMessageListenerContainer container = new SimpleMessageListenerContainer(rabbit);
        container.setQueueNames(queue);
        container.setConcurrentConsumers(consumers);
        container.setPrefetchCount(50);
        container.setAcknowledgeMode(AcknowledgeMode.AUTO);
        container.setMessageListener(handler::accept);
        container.start();
        return container;
    }

    List<SimpleMessageListenerContainer> startRelays() {
        List<SimpleMessageListenerContainer> containers = new ArrayList<>();
        containers.add(listen(rabbit, CHAIN[0], 2, m -> send(CHAIN[1], m.getBody())));
        containers.add(listen(rabbit, CHAIN[1], 2, m -> send(CHAIN[2], m.getBody())));
        containers.add(listen(rabbit, CHAIN[2], 1, m -> {
            doneAt.put(ByteBuffer.wrap(m.getBody()).getLong(), System.nanoTime());
            Semaphore permits = loop;
            if (permits != null) {
                permits.release();
            }
        }));
        return containers;
    }

    Result closedLoop(int inFlight, int seconds) throws InterruptedException {
        clear();
        Semaphore permits = new Semaphore(inFlight);
        loop = permits;
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end) {
            if (permits.tryAcquire(100, TimeUnit.MILLISECONDS)) {
                first();
            }
        }
        loop = null;
        return collect(start);
    }

    Result fixedRate(int perSecond, int seconds) throws InterruptedException {
        clear();
        long start = System.nanoTime();
        long interval = TimeUnit.SECONDS.toNanos(1) / perSecond;
        for (long i = 0; i < (long) perSecond * seconds; i++) {
            long wait = start + i * interval - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            first();
        }
        return collect(start);
    }

    private void first() {
        long n = sequence.incrementAndGet();
        sentAt.put(n, System.nanoTime());
        send(CHAIN[0], ByteBuffer.allocate(300).putLong(n).array());
    }

    private void send(String queue, byte[] body) {
        MessageProperties properties = new MessageProperties();
        properties.setDeliveryMode(MessageDeliveryMode.PERSISTENT);
        template.send("", queue, new Message(body, properties));
    }

    private void clear() {
        sentAt.clear();
        doneAt.clear();
    }

    private Result collect(long start) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline && doneAt.size() < sentAt.size()) {
            TimeUnit.MILLISECONDS.sleep(20);
        }
        long last = doneAt.values().stream().mapToLong(Long::longValue).max().orElse(start);
        List<Long> latencies = new ArrayList<>();
        sentAt.forEach((n, sent) -> {
            Long done = doneAt.get(n);
            if (done != null) {
                latencies.add(done - sent);
            }
        });
        return Result.of(sentAt.size(), latencies, last - start);
    }
}
