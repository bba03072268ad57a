package io.tradewatch.marketdata.messaging;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import io.lettuce.core.RedisURI;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.DefaultClientResources;
import io.micrometer.core.instrument.Counter;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import tools.jackson.databind.json.JsonMapper;

import io.tradewatch.marketdata.domain.tick.Tick;
import io.tradewatch.marketdata.domain.tick.TickSource;
import io.tradewatch.marketdata.domain.tick.TickValidator;
import io.tradewatch.marketdata.service.PipelineSettings;
import io.tradewatch.marketdata.service.TickChannel;
import io.tradewatch.marketdata.service.TickIngest;
import io.tradewatch.marketdata.service.TickPipeline;
import io.tradewatch.marketdata.service.TickValidation;
import io.tradewatch.marketdata.store.CacheSettings;
import io.tradewatch.marketdata.store.MarketCacheWriter;
import io.tradewatch.metrics.BatchMetrics;
import io.tradewatch.metrics.CacheMetrics;
import io.tradewatch.metrics.FeedMetrics;
import io.tradewatch.metrics.MessagingMetrics;
import io.tradewatch.metrics.MeterFactory;
import io.tradewatch.metrics.TickMetrics;
import io.tradewatch.metrics.amqp.PublishInstrumentation;
import io.tradewatch.metrics.health.ComponentHealthRegistry;
import io.tradewatch.platform.messaging.Exchanges;
import io.tradewatch.testsupport.LocalServers;
import io.tradewatch.testsupport.RabbitVirtualHosts;
import io.tradewatch.testsupport.RedisDatabases;

import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.core.io.ClassPathResource;

/**
 * Sustained ticks per second through the service's own pipeline (ingest, channel, validation, batched
 * publishing with confirms through {@code RabbitTemplate} with the starter's instrumentation, and the
 * pipelined Redis quote and candle writes) against the raw RabbitMQ Java client publishing the same
 * messages, pre-built, in batches of the same size with confirms; alternating rounds in one run, with
 * CPU microseconds per tick for this JVM and for the broker and Redis processes. Runs against the local
 * servers in a throw-away virtual host and Redis database; never in CI (not a {@code *Tests} class).
 *
 * <p>{@code scripts/bench.sh market-data-service main io.tradewatch.marketdata.messaging.PipelineBenchmark [seconds] [rounds]}
 */
public final class PipelineBenchmark {

    private static final List<String> SYMBOLS = List.of("BTCUSDT", "ETHUSDT", "BNBUSDT", "SOLUSDT", "XRPUSDT",
            "ADAUSDT", "DOGEUSDT", "AVAXUSDT", "DOTUSDT", "LINKUSDT", "LTCUSDT", "TRXUSDT", "BCHUSDT", "ATOMUSDT",
            "UNIUSDT", "XLMUSDT", "ETCUSDT", "FILUSDT", "NEARUSDT", "APTUSDT");

    private static final int BATCH = 500;

    private static final int POOL = 50_000;

    private static final Duration WARMUP = Duration.ofSeconds(4);

    private final LocalServers servers = LocalServers.fromEnvironment();

    private final List<Tick> pool = pool();

    private final Map<String, Long> seqs = new HashMap<>();

    private final String virtualHost;

    private final int database;

    private PipelineBenchmark(String virtualHost, int database) {
        this.virtualHost = virtualHost;
        this.database = database;
    }

    public static void main(String[] args) throws Exception {
        Duration measure = Duration.ofSeconds((args.length > 0) ? Long.parseLong(args[0]) : 15);
        int rounds = (args.length > 1) ? Integer.parseInt(args[1]) : 2;
        LocalServers servers = LocalServers.fromEnvironment();
        RabbitVirtualHosts virtualHosts = new RabbitVirtualHosts(servers);
        RedisDatabases databases = new RedisDatabases(servers);
        String virtualHost = virtualHosts.create();
        RedisDatabases.Lease lease = databases.lease();
        try {
            new PipelineBenchmark(virtualHost, lease.database()).run(measure, rounds);
        }
        finally {
            virtualHosts.delete(virtualHost);
            databases.release(lease);
        }
    }

    private void run(Duration measure, int rounds) throws Exception {
        declareConsumerQueue();
        System.out.printf("ticks: %d symbols, batches of up to %d, publisher confirms, non-persistent, one bounded"
                + " queue (x-max-length 10000, drop-head) bound to tick.#; warm-up %d s, measured %d s per round%n",
                SYMBOLS.size(), BATCH, WARMUP.toSeconds(), measure.toSeconds());
        RawClientRun rawClient = new RawClientRun(servers, virtualHost, pool.stream().map(this::fresh).toList(), BATCH);
        List<BenchMeasure> pipeline = new ArrayList<>();
        List<BenchMeasure> raw = new ArrayList<>();
        pipeline(WARMUP).print("pipeline", 0);
        rawClient.run(WARMUP, WARMUP).print("raw client", 0);
        System.out.println("(round 0 warms up the JIT and is not counted)");
        for (int round = 1; round <= rounds; round++) {
            pipeline.add(pipeline(measure).print("pipeline", round));
            raw.add(rawClient.run(WARMUP, measure).print("raw client", round));
        }
        BenchMeasure p = BenchMeasure.median(pipeline);
        BenchMeasure r = BenchMeasure.median(raw);
        System.out.printf("median pipeline: %,.0f ticks/s, %.1f CPU us/tick in the JVM, %.1f in RabbitMQ + Redis%n",
                p.rate(), p.jvmMicros(), p.serverMicros());
        System.out.printf("median raw client: %,.0f ticks/s, %.1f CPU us/tick in the JVM, %.1f in RabbitMQ + Redis%n",
                r.rate(), r.jvmMicros(), r.serverMicros());
        System.out.printf("ratio pipeline / raw client: %.2f of the medians; per round %s%n", p.rate() / r.rate(),
                java.util.stream.IntStream.range(0, rounds)
                    .mapToObj(i -> String.format("%.2f", pipeline.get(i).rate() / raw.get(i).rate()))
                    .toList());
    }

    private BenchMeasure pipeline(Duration measure) throws Exception {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        MeterFactory meters = MeterFactory.withDefaults(registry);
        TickMetrics ticks = new TickMetrics(meters);
        FeedMetrics feeds = new FeedMetrics(meters);
        BatchMetrics batches = new BatchMetrics(meters);
        MessagingMetrics messaging = new MessagingMetrics(meters);
        ComponentHealthRegistry components = new ComponentHealthRegistry(meters, Duration.ofMinutes(1),
                Duration.ofMinutes(1), Duration.ofSeconds(5));
        CachingConnectionFactory connections = new CachingConnectionFactory(servers.rabbitHost(), servers.rabbitPort());
        connections.setUsername(servers.rabbitUser());
        connections.setPassword(servers.rabbitPassword());
        connections.setVirtualHost(virtualHost);
        connections.setPublisherConfirmType(CachingConnectionFactory.ConfirmType.CORRELATED);
        RabbitTemplate template = new RabbitTemplate(connections);
        template.addBeforePublishPostProcessors(new PublishInstrumentation(messaging));
        PipelineSettings settings = new PipelineSettings(10_000, BATCH, Duration.ofSeconds(5), 4,
                Duration.ofMillis(100), Duration.ofSeconds(2), Duration.ofSeconds(5));
        TickPublisher publisher = new TickPublisher(template, new TickMessages(JsonMapper.builder().build()), batches,
                messaging, components.component("publisher"), settings);
        ClientResources resources = DefaultClientResources.create();
        MarketCacheWriter cache = new MarketCacheWriter(resources,
                RedisURI.builder().withHost(servers.redisHost()).withPort(servers.redisPort()).withDatabase(database).build(),
                new ClassPathResource("redis/merge-candles.lua").getContentAsString(StandardCharsets.UTF_8),
                new CacheMetrics(meters), components.component("cache"),
                new CacheSettings(1_440, Duration.ofSeconds(2), Duration.ofSeconds(1)));
        TickChannel channel = new TickChannel(settings.channelCapacity());
        TickIngest ingest = new TickIngest(channel, ticks, feeds, components.component("feed"));
        TickPipeline pipeline = new TickPipeline(channel, new TickValidation(new TickValidator(SYMBOLS), ticks, feeds),
                publisher, cache, ticks, batches, BATCH);
        cache.start();
        pipeline.start();
        AtomicBoolean feeding = new AtomicBoolean(true);
        Thread feed = Thread.ofPlatform().name("bench-feed").start(() -> feed(ingest, channel, feeding));
        try {
            return BenchMeasure.of(WARMUP, measure, () -> sum(registry, "trading.ticks.processed"));
        }
        finally {
            feeding.set(false);
            feed.join();
            pipeline.stop(Duration.ofSeconds(10));
            cache.stop();
            connections.destroy();
            resources.shutdown(0, 2, TimeUnit.SECONDS);
            System.out.printf("  pipeline check: batches failed %.0f, dropped (channel full) %.0f, rejected %.0f,"
                    + " cache failures %.0f, mean batch %.0f ticks%n", sum(registry, "trading.batches.failed"),
                    registry.get("trading.ticks.dropped").tag("reason", "channel_full").counter().count(),
                    sum(registry, "trading.ticks.dropped")
                            - registry.get("trading.ticks.dropped").tag("reason", "channel_full").counter().count(),
                    sum(registry, "trading.cache.update.failures"), registry.get("trading.batch.size").summary().mean());
        }
    }

    /**
     * Offers ticks as a feed would, in bursts that fill the channel, then pauses a millisecond while it is
     * more than half full, so nothing is dropped and the feed's own wake-ups cost little CPU per tick.
     */
    private void feed(TickIngest ingest, TickChannel channel, AtomicBoolean feeding) {
        int next = 0;
        while (feeding.get()) {
            if (channel.size() > channel.capacity() / 2) {
                LockSupport.parkNanos(1_000_000);
                continue;
            }
            while (channel.size() < channel.capacity() - BATCH) {
                ingest.accept(fresh(pool.get(next)));
                next = (next + 1) % pool.size();
            }
        }
    }

    private Tick fresh(Tick template) {
        long seq = seqs.merge(template.symbol(), 1L, Long::sum);
        long now = System.currentTimeMillis();
        return new Tick(template.symbol(), template.price(), template.size(), template.bid(), template.ask(), seq, now,
                TickSource.SIMULATED, now);
    }

    private void declareConsumerQueue() throws Exception {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost(servers.rabbitHost());
        factory.setPort(servers.rabbitPort());
        factory.setUsername(servers.rabbitUser());
        factory.setPassword(servers.rabbitPassword());
        factory.setVirtualHost(virtualHost);
        try (Connection connection = factory.newConnection(); Channel channel = connection.createChannel()) {
            channel.exchangeDeclare(Exchanges.EVENTS, "topic", true);
            channel.queueDeclare("bench.ticks", true, false, false,
                    Map.of("x-max-length", 10_000, "x-overflow", "drop-head"));
            channel.queueBind("bench.ticks", Exchanges.EVENTS, "tick.#");
        }
    }

    private static List<Tick> pool() {
        Random random = new Random(42);
        List<Tick> ticks = new ArrayList<>(POOL);
        for (int i = 0; i < POOL; i++) {
            String symbol = SYMBOLS.get(i % SYMBOLS.size());
            BigDecimal price = BigDecimal.valueOf(100 + random.nextGaussian()).setScale(2, RoundingMode.HALF_EVEN);
            BigDecimal size = BigDecimal.valueOf(0.001 + random.nextDouble()).setScale(5, RoundingMode.HALF_EVEN);
            ticks.add(new Tick(symbol, price, size, price.subtract(new BigDecimal("0.01")),
                    price.add(new BigDecimal("0.01")), 0, 0, TickSource.SIMULATED, 0));
        }
        return ticks;
    }

    private static double sum(PrometheusMeterRegistry registry, String counter) {
        return registry.find(counter).counters().stream().mapToDouble(Counter::count).sum();
    }
}
