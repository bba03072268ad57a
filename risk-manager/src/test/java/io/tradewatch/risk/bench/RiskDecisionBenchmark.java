package io.tradewatch.risk.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.DeliverCallback;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import io.tradewatch.metrics.CacheMetrics;
import io.tradewatch.risk.RiskManagerApplication;
import io.tradewatch.risk.store.CheckAndReserveArguments;
import io.tradewatch.risk.store.ReleaseArguments;
import io.tradewatch.risk.store.RiskScripts;
import io.tradewatch.testsupport.LocalBrokerIsolation;
import io.tradewatch.testsupport.LocalServers;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Decisions per second and decision latency of a running risk-manager, including the Redis check and
 * reservation and the confirmed publish, compared in the same run with a bare Redis round trip (Lettuce
 * GET) and with the check-and-reserve script alone. Acts as order-executor: publishes
 * {@code order.requested}, receives the decision, and cancels every approved order so that open orders
 * stay at a steady level. Runs against the local RabbitMQ and Redis in a private virtual host and
 * database. Not a test: run it with {@code scripts/bench.sh risk-manager main
 * io.tradewatch.risk.bench.RiskDecisionBenchmark [orders] [rate] [seconds] [order consumers]}.
 */
public final class RiskDecisionBenchmark {

    private static final String EXCHANGE = "trading.events";

    private final LocalServers servers = LocalServers.fromEnvironment();

    private final Map<String, Long> sentAt = new ConcurrentHashMap<>();

    private volatile long[] latencies = new long[0];

    private final AtomicInteger received = new AtomicInteger();

    private volatile CountDownLatch done = new CountDownLatch(0);

    private Channel publisher;

    private MeterRegistry meters;

    public static void main(String[] args) throws Exception {
        int orders = (args.length > 0) ? Integer.parseInt(args[0]) : 10_000;
        int rate = (args.length > 1) ? Integer.parseInt(args[1]) : 500;
        int seconds = (args.length > 2) ? Integer.parseInt(args[2]) : 10;
        int consumers = (args.length > 3) ? Integer.parseInt(args[3]) : 4;
        new RiskDecisionBenchmark().run(orders, rate, seconds, consumers);
        System.exit(0);
    }

    private void run(int orders, int rate, int seconds, int consumers) throws Exception {
        LocalBrokerIsolation isolation = new LocalBrokerIsolation(servers);
        try (ConfigurableApplicationContext app = start(isolation, consumers)) {
            meters = app.getBean(MeterRegistry.class);
            ConnectionFactory factory = new ConnectionFactory();
            factory.setHost(servers.rabbitHost());
            factory.setPort(servers.rabbitPort());
            factory.setUsername(servers.rabbitUser());
            factory.setPassword(servers.rabbitPassword());
            factory.setVirtualHost(isolation.virtualHost());
            try (Connection connection = factory.newConnection("risk-benchmark")) {
                publisher = connection.createChannel();
                consumeDecisions(connection.createChannel());
                redisBaseline(isolation.redisDatabase(), 20_000);
                scriptBaseline(app, 5_000);
                phase("warm-up", 2_000, 0);
                phase("throughput (as fast as published)", orders, 0);
                phase("latency at " + rate + " orders/s", rate * seconds, rate);
            }
        }
        finally {
            isolation.destroy();
        }
    }

    private static ConfigurableApplicationContext start(LocalBrokerIsolation isolation, int consumers) {
        System.out.println("risk-manager with " + consumers + " order consumers");
        return new SpringApplicationBuilder(RiskManagerApplication.class).run(
                "--tradewatch.risk.order-consumers=" + consumers,
                "--spring.rabbitmq.virtual-host=" + isolation.virtualHost(),
                "--spring.data.redis.database=" + isolation.redisDatabase(), "--server.port=0",
                "--management.server.port=0", "--logging.level.io.tradewatch.risk=WARN",
                "--tradewatch.risk.default-limits.max-open-orders=10000",
                "--tradewatch.risk.default-limits.max-gross-exposure=10000000000",
                "--tradewatch.risk.default-limits.max-order-notional=10000000000",
                "--tradewatch.risk.default-limits.daily-loss-limit=10000000000",
                "--tradewatch.risk.default-limits.symbols[ETHUSDT].max-position=10000000");
    }

    private void consumeDecisions(Channel channel) throws Exception {
        String queue = channel.queueDeclare("bench.decisions", false, true, true, null).getQueue();
        channel.queueBind(queue, EXCHANGE, "order.approved");
        channel.queueBind(queue, EXCHANGE, "order.rejected");
        channel.basicQos(500);
        DeliverCallback callback = (tag, delivery) -> {
            long now = System.nanoTime();
            String body = new String(delivery.getBody(), StandardCharsets.UTF_8);
            String orderId = field(body, "orderId");
            Long sent = sentAt.remove(orderId);
            if (sent != null) {
                int index = received.getAndIncrement();
                long[] target = latencies;
                if (index < target.length) {
                    target[index] = now - sent;
                }
                if (body.contains("\"order.approved\"")) {
                    cancel(orderId);
                }
                done.countDown();
            }
            channel.basicAck(delivery.getEnvelope().getDeliveryTag(), false);
        };
        channel.basicConsume(queue, false, callback, tag -> { });
    }

    private void phase(String name, int count, int rate) throws Exception {
        latencies = new long[count];
        received.set(0);
        done = new CountDownLatch(count);
        long intervalNanos = (rate > 0) ? 1_000_000_000L / rate : 0;
        double[] before = serviceTimes();
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            if (intervalNanos > 0) {
                long due = start + i * intervalNanos;
                while (System.nanoTime() < due) {
                    LockSupport.parkNanos(Math.min(200_000, due - System.nanoTime()));
                }
            }
            publishOrder();
        }
        if (!done.await(5, TimeUnit.MINUTES)) {
            throw new IllegalStateException(name + ": only " + received.get() + " of " + count + " decisions arrived");
        }
        long elapsed = System.nanoTime() - start;
        report(name + ": publish to decision received", count, elapsed, latencies);
        double[] after = serviceTimes();
        System.out.printf("    in the service: check and reservation mean %.3f ms; whole listener call (check, publish,"
                + " confirm) mean %.3f ms%n", 1000 * (after[1] - before[1]) / Math.max(1, after[0] - before[0]),
                1000 * (after[3] - before[3]) / Math.max(1, after[2] - before[2]));
    }

    /** Count and total seconds of the service's check timer and of its order listener calls. */
    private double[] serviceTimes() {
        Timer check = meters.find("trading.risk.check.duration").timer();
        Timer listener = meters.find("trading.message.processing").tag("queue", "risk-manager.orders").timer();
        return new double[] { (check != null) ? check.count() : 0, (check != null) ? check.totalTime(TimeUnit.SECONDS) : 0,
                (listener != null) ? listener.count() : 0, (listener != null) ? listener.totalTime(TimeUnit.SECONDS) : 0 };
    }

    private void publishOrder() throws Exception {
        String id = UUID.randomUUID().toString();
        String orderId = UUID.randomUUID().toString();
        String body = "{\"type\":\"order.requested\",\"id\":\"" + id + "\",\"occurredAt\":\"2026-01-01T00:00:00Z\","
                + "\"version\":1,\"orderId\":\"" + orderId + "\",\"clientOrderId\":null,\"symbol\":\"ETHUSDT\","
                + "\"side\":\"BUY\",\"orderType\":\"MARKET\",\"quantity\":\"0.5\",\"limitPrice\":null,"
                + "\"timeInForce\":\"IOC\",\"referencePrice\":\"2000.00\",\"notional\":\"1000.00\",\"source\":\"REST\","
                + "\"strategyId\":null,\"requestedAt\":\"2026-01-01T00:00:00Z\"}";
        sentAt.put(orderId, System.nanoTime());
        publish("order.requested", id, body);
    }

    private void cancel(String orderId) {
        String id = UUID.randomUUID().toString();
        String body = "{\"type\":\"order.cancelled\",\"id\":\"" + id + "\",\"occurredAt\":\"2026-01-01T00:00:00Z\","
                + "\"version\":1,\"orderId\":\"" + orderId + "\",\"symbol\":\"ETHUSDT\",\"side\":\"BUY\","
                + "\"orderType\":\"MARKET\",\"quantity\":\"0.5\",\"reason\":\"IOC_UNFILLED\","
                + "\"cancelledAt\":\"2026-01-01T00:00:00Z\"}";
        try {
            publish("order.cancelled", id, body);
        }
        catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    private synchronized void publish(String routingKey, String id, String body) throws Exception {
        AMQP.BasicProperties properties = new AMQP.BasicProperties.Builder().contentType("application/json")
            .deliveryMode(2)
            .messageId(id)
            .build();
        publisher.basicPublish(EXCHANGE, routingKey, properties, body.getBytes(StandardCharsets.UTF_8));
    }

    private void redisBaseline(int database, int count) {
        RedisClient client = RedisClient.create(RedisURI.builder()
            .withHost(servers.redisHost())
            .withPort(servers.redisPort())
            .withDatabase(database)
            .withTimeout(Duration.ofSeconds(2))
            .build());
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            RedisCommands<String, String> redis = connection.sync();
            redis.set("bench:key", "value");
            for (int i = 0; i < 2_000; i++) {
                redis.get("bench:key");
            }
            long[] samples = new long[count];
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                long t = System.nanoTime();
                redis.get("bench:key");
                samples[i] = System.nanoTime() - t;
            }
            report("bare Redis round trip (Lettuce sync GET, one connection)", count, System.nanoTime() - start,
                    samples);
        }
        finally {
            client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        }
    }

    private void scriptBaseline(ConfigurableApplicationContext app, int count) {
        StringRedisTemplate redis = app.getBean(StringRedisTemplate.class);
        RiskScripts scripts = new RiskScripts(redis, app.getBean(CacheMetrics.class), "risk:");
        long[] samples = new long[count];
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            String orderId = "script-" + i;
            long t = System.nanoTime();
            scripts.run(new CheckAndReserveArguments("e-" + orderId, orderId, "ETHUSDT", "BUY", "50000000",
                    "100000", UUID.randomUUID().toString(), "2026-01-01T00:00:00Z", "2026-01-01", "10000000", "600", "1", "1"));
            samples[i] = System.nanoTime() - t;
            scripts.run(new ReleaseArguments("c-" + orderId, orderId, "600"));
        }
        report("check-and-reserve script alone (Spring Data Redis EVALSHA, one thread)", count,
                System.nanoTime() - start, samples);
    }

    private static void report(String name, int count, long elapsedNanos, long[] samples) {
        long[] sorted = samples.clone();
        Arrays.sort(sorted);
        System.out.printf("%-75s n=%d  %,.0f/s  p50=%.3f ms  p99=%.3f ms  p99.9=%.3f ms  max=%.3f ms%n", name, count,
                count / (elapsedNanos / 1e9), percentile(sorted, 0.50), percentile(sorted, 0.99),
                percentile(sorted, 0.999), sorted[sorted.length - 1] / 1e6);
    }

    private static double percentile(long[] sorted, double p) {
        int index = (int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }

    private static String field(String json, String name) {
        String key = "\"" + name + "\":\"";
        int start = json.indexOf(key) + key.length();
        return json.substring(start, json.indexOf('"', start));
    }
}
