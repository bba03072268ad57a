package io.tradewatch.strategy.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import io.tradewatch.strategy.StrategyApplication;
import io.tradewatch.strategy.domain.StrategyDefinition;
import io.tradewatch.strategy.service.LiveEngine;
import io.tradewatch.testsupport.LocalBrokerIsolation;
import io.tradewatch.testsupport.LocalServers;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Consumption through the running service against a measured publish rate, in one run: starts
 * strategy-service on a private virtual host and Redis database with 10 strategies on 20 symbols, then
 * (1) publishes ticks with the raw RabbitMQ client as fast as it can for N seconds and measures what the
 * service evaluated and dropped meanwhile, and (2) publishes at 80 % of the consumption rate measured in (1)
 * and checks that nothing is dropped. With {@code --market-data-jar=PATH} it first starts the real
 * market-data-service from its jar on the same virtual host, feeding it more simulated ticks than its
 * pipeline publishes ({@code --feed-rate=N}, default 30,000/s), and compares what that service published at
 * its maximum with what this one consumed over the same window. Usage: {@code ConsumptionBenchmark [seconds]
 * [--market-data-jar=PATH] [--feed-rate=N]} (default 10 s).
 */
public final class ConsumptionBenchmark {

    private static final int SYMBOLS = StrategyEvaluationBenchmark.SYMBOLS;

    private final ConfigurableApplicationContext app;

    private final MeterRegistry registry;

    private final Channel channel;

    private final SplittableRandom random = new SplittableRandom(11);

    private final double[] prices = new double[SYMBOLS];

    private final long[] sequences = new long[SYMBOLS];

    private ConsumptionBenchmark(ConfigurableApplicationContext app, Channel channel) {
        this.app = app;
        this.registry = app.getBean(MeterRegistry.class);
        this.channel = channel;
        for (int i = 0; i < SYMBOLS; i++) {
            prices[i] = 100 + i;
        }
    }

    public static void main(String[] args) throws Exception {
        int seconds = (args.length > 0 && !args[0].startsWith("--")) ? Integer.parseInt(args[0]) : 10;
        String marketDataJar = java.util.Arrays.stream(args).filter(arg -> arg.startsWith("--market-data-jar="))
            .map(arg -> arg.substring("--market-data-jar=".length())).findFirst().orElse(null);
        int feedRate = java.util.Arrays.stream(args).filter(arg -> arg.startsWith("--feed-rate="))
            .map(arg -> Integer.parseInt(arg.substring("--feed-rate=".length()))).findFirst().orElse(30_000);
        LocalServers servers = LocalServers.fromEnvironment();
        LocalBrokerIsolation isolation = new LocalBrokerIsolation(servers);
        ConfigurableApplicationContext app = null;
        try {
            app = new SpringApplicationBuilder(StrategyApplication.class).run("--server.port=0",
                    "--management.server.port=0", "--spring.rabbitmq.virtual-host=" + isolation.virtualHost(),
                    "--spring.data.redis.database=" + isolation.redisDatabase(),
                    "--tradewatch.strategy.create-defaults=false", "--logging.level.root=WARN");
            createStrategies(app);
            ConnectionFactory factory = new ConnectionFactory();
            factory.setHost(servers.rabbitHost());
            factory.setPort(servers.rabbitPort());
            factory.setUsername(servers.rabbitUser());
            factory.setPassword(servers.rabbitPassword());
            factory.setVirtualHost(isolation.virtualHost());
            try (Connection connection = factory.newConnection("consumption-benchmark");
                    Channel channel = connection.createChannel()) {
                ConsumptionBenchmark bench = new ConsumptionBenchmark(app, channel);
                if (marketDataJar != null) {
                    bench.marketData(seconds, marketDataJar, isolation, feedRate).print();
                }
                bench.run(seconds);
            }
        }
        finally {
            if (app != null) {
                app.close();
            }
            isolation.destroy();
        }
    }

    private void run(int seconds) throws Exception {
        Phase raw = rawConsumer(seconds);
        raw.print();
        Phase flat = phase("max rate", seconds, 0);
        flat.print();
        Phase paced = phase("80 % of the consumption rate", seconds, flat.consumedPerSecond() * 0.8);
        paced.print();
        System.out.printf(Locale.ROOT, "service consumption / raw publish rate at full speed: %.2f (while"
                + " publishing), %.2f (publishing and drain); service / raw client consumer: %.2f (overall)%n",
                flat.consumedPerSecond() / flat.publishedPerSecond(),
                flat.overallPerSecond() / flat.publishedPerSecond(), flat.overallPerSecond() / raw.overallPerSecond());
        Timer processing = registry.find("trading.tick.processing").timer();
        Timer evaluation = registry.find("trading.strategy.evaluation").timer();
        System.out.printf(Locale.ROOT, "inside the service, mean per tick: %.1f us from listener entry to done, %.1f us"
                + " evaluating its 10 strategies (%d ticks)%n", processing.mean(TimeUnit.MICROSECONDS),
                evaluation.mean(TimeUnit.MICROSECONDS), processing.count());
    }

    /**
     * The raw alternative: the same ticks, published the same way to a queue with the shards' arguments and
     * consumed by a raw client consumer (manual acks, same prefetch) that only parses nothing and acknowledges.
     */
    private Phase rawConsumer(int seconds) throws Exception {
        String queue = "bench.raw.ticks";
        channel.queueDeclare(queue, false, false, true, java.util.Map.of("x-max-length", 10_000,
                "x-overflow", "drop-head"));
        for (int i = 0; i < SYMBOLS; i++) {
            channel.queueBind(queue, "trading.events", "tick.RAW" + i);
        }
        java.util.concurrent.atomic.AtomicLong consumed = new java.util.concurrent.atomic.AtomicLong();
        Channel consumer = channel.getConnection().createChannel();
        consumer.basicQos(250);
        consumer.basicConsume(queue, false, new com.rabbitmq.client.DefaultConsumer(consumer) {
            @Override
            public void handleDelivery(String tag, com.rabbitmq.client.Envelope envelope, AMQP.BasicProperties props,
                    byte[] body) throws java.io.IOException {
                consumed.incrementAndGet();
                getChannel().basicAck(envelope.getDeliveryTag(), false);
            }
        });
        long started = System.nanoTime();
        long end = started + Duration.ofSeconds(seconds).toNanos();
        long published = 0;
        while (System.nanoTime() < end) {
            publish("RAW" + (published % SYMBOLS), (int) (published % SYMBOLS));
            published++;
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        long during = consumed.get();
        long drainStart = System.nanoTime();
        long deadline = drainStart + Duration.ofSeconds(120).toNanos();
        long dropped = 0;
        while (System.nanoTime() < deadline) {
            long depth = channel.messageCount(queue);
            if (depth == 0) {
                dropped = published - consumed.get();
                break;
            }
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
        double drain = (System.nanoTime() - drainStart) / 1e9;
        consumer.close();
        return new Phase("raw client consumer", published, elapsed, during, consumed.get(), dropped, drain);
    }

    /**
     * The real producer: market-data-service started from its jar, simulating the 20 symbols at a rate far
     * above what its pipeline publishes, so it publishes at its maximum; after a warm-up, its published ticks
     * and this service's consumed ticks are counted over the same window; then it is stopped and the backlog
     * drains.
     */
    private Phase marketData(int seconds, String jar, LocalBrokerIsolation isolation, int feedRate) throws Exception {
        double processedBefore;
        double droppedBefore;
        double publishedInWindow;
        double processedDuring;
        double elapsed;
        double published0;
        System.out.printf(Locale.ROOT, "market-data-service from %s, simulated feed at %,d ticks/s over %d symbols"
                + " (more than its pipeline publishes: it publishes at its maximum)%n", jar, feedRate, SYMBOLS);
        try (MarketDataProcess marketData = MarketDataProcess.start(jar, isolation, SYMBOLS, feedRate)) {
            published0 = marketData.publishedTicks();
            LockSupport.parkNanos(Duration.ofSeconds(Math.max(5, seconds / 2)).toNanos());
            double publishedBefore = marketData.publishedTicks();
            processedBefore = sum("trading.ticks.processed");
            droppedBefore = sum("trading.ticks.dropped");
            long started = System.nanoTime();
            LockSupport.parkNanos(Duration.ofSeconds(seconds).toNanos());
            publishedInWindow = marketData.publishedTicks() - publishedBefore;
            processedDuring = sum("trading.ticks.processed") - processedBefore;
            elapsed = (System.nanoTime() - started) / 1e9;
            System.out.printf(Locale.ROOT, "  (warm-up: market-data-service published %.0f ticks before the window)%n",
                    publishedBefore - published0);
        }
        long drainStart = System.nanoTime();
        long drainDeadline = drainStart + Duration.ofSeconds(120).toNanos();
        double last = -1;
        // The producer is stopped: wait until nothing more is consumed for a second (the queues are empty).
        while (System.nanoTime() < drainDeadline) {
            double now = sum("trading.ticks.processed") + sum("trading.ticks.dropped");
            if (now == last) {
                break;
            }
            last = now;
            LockSupport.parkNanos(Duration.ofSeconds(1).toNanos());
        }
        double drain = Math.max(0, (System.nanoTime() - drainStart) / 1e9 - 1);
        return new Phase("market-data-service at its maximum publish rate", (long) publishedInWindow, elapsed,
                processedDuring, sum("trading.ticks.processed") - processedBefore,
                sum("trading.ticks.dropped") - droppedBefore, drain);
    }

    /** Publishes for {@code seconds} (at {@code rate} ticks/s, or flat out when 0) and waits for the backlog. */
    private Phase phase(String name, int seconds, double rate) throws Exception {
        double processedBefore = sum("trading.ticks.processed");
        double droppedBefore = sum("trading.ticks.dropped");
        long started = System.nanoTime();
        long end = started + Duration.ofSeconds(seconds).toNanos();
        long published = 0;
        while (System.nanoTime() < end) {
            if (rate > 0) {
                long due = started + (long) (published / rate * 1e9);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
            }
            publish("SYM" + (published % SYMBOLS) + "USDT", (int) (published % SYMBOLS));
            published++;
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        double processedDuring = sum("trading.ticks.processed") - processedBefore;
        long drainStart = System.nanoTime();
        long drainDeadline = drainStart + Duration.ofSeconds(120).toNanos();
        while (sum("trading.ticks.processed") - processedBefore + sum("trading.ticks.dropped") - droppedBefore
                < published && System.nanoTime() < drainDeadline) {
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
        double drain = (System.nanoTime() - drainStart) / 1e9;
        return new Phase(name, published, elapsed, processedDuring, sum("trading.ticks.processed") - processedBefore,
                sum("trading.ticks.dropped") - droppedBefore, drain);
    }

    private void publish(String name, int symbol) throws Exception {
        prices[symbol] *= 1 + (random.nextDouble() - 0.5) * 0.004;
        long seq = sequences[symbol]++;
        String price = String.format(Locale.ROOT, "%.4f", prices[symbol]);
        Instant now = Instant.now();
        String body = "{\"type\":\"tick\",\"id\":\"" + seq + "-" + symbol + "\",\"occurredAt\":\"" + now
                + "\",\"version\":1,\"symbol\":\"" + name + "\",\"price\":\"" + price + "\",\"size\":\"0.5\",\"bid\":\""
                + price + "\",\"ask\":\"" + price + "\",\"seq\":" + seq + ",\"source\":\"simulated\",\"tradeTime\":\""
                + now + "\"}";
        AMQP.BasicProperties properties = new AMQP.BasicProperties.Builder().contentType("application/json")
            .deliveryMode(1)
            .build();
        channel.basicPublish("trading.events", "tick." + name, properties, body.getBytes(StandardCharsets.UTF_8));
    }

    private double sum(String meter) {
        return registry.find(meter).counters().stream().mapToDouble(Counter::count).sum();
    }

    private static void createStrategies(ConfigurableApplicationContext app) throws Exception {
        int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
        List<String> symbols = new ArrayList<>();
        for (int i = 0; i < SYMBOLS; i++) {
            symbols.add("\"SYM" + i + "USDT\"");
        }
        HttpClient http = HttpClient.newHttpClient();
        for (StrategyDefinition definition : StrategyEvaluationBenchmark.definitions()) {
            StringBuilder parameters = new StringBuilder("{");
            definition.parameters().forEach((key, value) -> parameters.append(parameters.length() > 1 ? "," : "")
                .append('"').append(key).append("\":").append((value instanceof String) ? "\"" + value + "\"" : value));
            String body = "{\"id\":\"%s\",\"type\":\"%s\",\"symbols\":[%s],\"parameters\":%s},\"notional\":\"1000\",\"cooldown\":\"PT1M\"}"
                .formatted(definition.id(), definition.type().wireName(), String.join(",", symbols), parameters);
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/api/strategies")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException("creating " + definition.id() + " answered " + response.statusCode()
                        + ": " + response.body());
            }
        }
        LiveEngine engine = app.getBean(LiveEngine.class);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (engine.definitions().size() < StrategyEvaluationBenchmark.STRATEGIES && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
    }

    /** One phase's figures. */
    private record Phase(String name, long published, double seconds, double processedDuring, double processed,
            double dropped, double drainSeconds) {

        double publishedPerSecond() {
            return published / seconds;
        }

        double consumedPerSecond() {
            return processedDuring / seconds;
        }

        double overallPerSecond() {
            return processed / (seconds + drainSeconds);
        }

        void print() {
            System.out.printf(Locale.ROOT, "%s: published %d ticks in %.1f s = %.0f ticks/s; consumed %.0f during"
                    + " publishing = %.0f ticks/s (x10 strategies = %.0f evaluations/s); %.0f consumed in all, %.0f dropped"
                    + " by the bounded queues; backlog drained %.2f s after publishing stopped; overall %.0f ticks/s%n",
                    name, published, seconds, publishedPerSecond(), processedDuring, consumedPerSecond(),
                    consumedPerSecond() * StrategyEvaluationBenchmark.STRATEGIES, processed, dropped, drainSeconds,
                    overallPerSecond());
        }
    }
}
