package io.tradewatch.orders.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.tradewatch.orders.OrderExecutorApplication;
import io.tradewatch.testsupport.LocalBrokerIsolation;
import io.tradewatch.testsupport.LocalServers;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Orders per second from REST to fill, and latency (POST sent to {@code order.filled} received) at fixed rates of
 * 150, 250 and 500 orders/s, on the local RabbitMQ and Redis in a throw-away virtual host and Redis database.
 * For each fixed rate it also reports the CPU time each process of the flow spent per order (this JVM, the
 * risk-manager process, the broker, Redis) and how busy the machine was. With {@code --risk-jar=PATH} the real
 * risk-manager is started from its jar on the same virtual host and database; without it, risk-manager is
 * played by a minimal approving responder on the real broker. The raw alternative, measured in the same run, is
 * a chain of three publish/consume hops through quorum queues (the broker hops of the order flow, without the
 * service). Run with {@code scripts/bench.sh order-executor main io.tradewatch.orders.bench.OrderFlowBenchmark
 * [seconds] [--risk-jar=PATH]}.
 */
public final class OrderFlowBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String EXCHANGE = "trading.events";

    private final HttpClient http = HttpClient.newBuilder()
        .executor(Executors.newVirtualThreadPerTaskExecutor())
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .build();

    private final Map<String, Long> sentAt = new ConcurrentHashMap<>();

    private final Map<String, Long> filledAt = new ConcurrentHashMap<>();

    private final AtomicLong sequence = new AtomicLong();

    private final AtomicLong failures = new AtomicLong();

    private final AtomicLong notFilled = new AtomicLong();

    private final AtomicLong restNanos = new AtomicLong();

    private final AtomicLong restCount = new AtomicLong();

    private volatile Semaphore loop;

    private volatile int phase;

    private final AtomicLong outstanding = new AtomicLong();

    private final CachingConnectionFactory rabbit;

    private final RabbitTemplate template;

    private int port;

    private Cpu cpu;

    private OrderFlowBenchmark(CachingConnectionFactory rabbit) {
        this.rabbit = rabbit;
        this.template = new RabbitTemplate(rabbit);
    }

    public static void main(String[] args) throws Exception {
        int seconds = (args.length > 0) ? Integer.parseInt(args[0]) : 20;
        String riskJar = Arrays.stream(args).filter(a -> a.startsWith("--risk-jar=")).map(a -> a.substring(11))
            .findFirst().orElse(null);
        boolean externalRisk = riskJar != null;
        LocalServers servers = LocalServers.fromEnvironment();
        LocalBrokerIsolation isolation = new LocalBrokerIsolation(servers);
        CachingConnectionFactory rabbit = new CachingConnectionFactory(servers.rabbitHost(), servers.rabbitPort());
        rabbit.setUsername(servers.rabbitUser());
        rabbit.setPassword(servers.rabbitPassword());
        rabbit.setVirtualHost(isolation.virtualHost());
        ConfigurableApplicationContext app = null;
        List<SimpleMessageListenerContainer> containers = new ArrayList<>();
        ScheduledExecutorService quotes = Executors.newSingleThreadScheduledExecutor();
        io.tradewatch.testsupport.ServiceJar riskManager = null;
        try {
            app = new SpringApplicationBuilder(OrderExecutorApplication.class).run("--server.port=0",
                    "--management.server.port=0", "--logging.level.root=WARN",
                    "--spring.rabbitmq.virtual-host=" + isolation.virtualHost(),
                    "--spring.data.redis.database=" + isolation.redisDatabase());
            StringRedisTemplate redis = app.getBean(StringRedisTemplate.class);
            quotes.scheduleAtFixedRate(() -> redis.opsForHash().putAll("md:quote:BTCUSDT", Map.of("last", "64000.5",
                    "bid", "64000", "ask", "64001", "size", "1", "seq", "1",
                    "ts", Long.toString(System.currentTimeMillis()))), 0, 500, TimeUnit.MILLISECONDS);
            if (riskJar != null) {
                riskManager = RiskManagerProcess.start(riskJar, isolation, rabbit);
            }
            OrderFlowBenchmark bench = new OrderFlowBenchmark(rabbit);
            bench.cpu = Cpu.of(riskManager);
            bench.port = ((WebServerApplicationContext) app).getWebServer().getPort();
            bench.run(seconds, externalRisk, containers);
        }
        finally {
            containers.forEach(SimpleMessageListenerContainer::stop);
            if (riskManager != null) {
                riskManager.close();
            }
            quotes.shutdownNow();
            if (app != null) {
                app.close();
            }
            rabbit.destroy();
            isolation.destroy();
        }
    }

    private void run(int seconds, boolean externalRisk, List<SimpleMessageListenerContainer> containers)
            throws Exception {
        RabbitAdmin admin = new RabbitAdmin(rabbit);
        Hops.declare(admin, !externalRisk);
        if (!externalRisk) {
            containers.add(Hops.listen(rabbit, Hops.RISK, 2, this::approve));
        }
        containers.add(Hops.listen(rabbit, Hops.FILLS, 1, this::filled));
        System.out.printf("risk-manager: %s%n", externalRisk ? "the real service (its jar, started by this benchmark)"
                : "SUBSTITUTE - a minimal in-process responder approving every order.requested on the real broker");
        fixedRate(100, 10, "warm-up");
        settle();
        report("REST -> fill, one order at a time", closedLoop(1, 10));
        report("REST -> fill, closed loop (64 in flight)", closedLoop(64, seconds));
        for (int rate : new int[] { 150, 250, 500 }) {
            Cpu.Snapshot before = cpu.snapshot();
            Result result = fixedRate(rate, seconds, rate + "/s");
            Cpu.Snapshot after = cpu.snapshot();
            report("REST -> fill, fixed " + rate + " orders/s", result);
            cpu.report(before, after, result, "filled order");
            settle();
        }
        Hops raw = new Hops(rabbit, template);
        containers.addAll(raw.startRelays());
        report("raw 3-hop publish/consume chain, closed loop (64 in flight)", raw.closedLoop(64, seconds));
        Cpu.Snapshot before = cpu.snapshot();
        Result chain = raw.fixedRate(500, seconds);
        Cpu.Snapshot after = cpu.snapshot();
        report("raw 3-hop publish/consume chain, fixed 500 msg/s", chain);
        cpu.report(before, after, chain, "message through the 3 hops");
    }

    private Result closedLoop(int inFlight, int seconds) throws InterruptedException {
        clear();
        Semaphore permits = new Semaphore(inFlight);
        loop = permits;
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end) {
            if (permits.tryAcquire(100, TimeUnit.MILLISECONDS)) {
                place(permits::release);
            }
        }
        loop = null;
        Result result = collect(start, 30);
        settle();
        return result;
    }

    /** Waits (up to a minute) until the previous phase's backlog has drained from every queue of the flow. */
    private void settle() throws InterruptedException {
        RabbitAdmin admin = new RabbitAdmin(rabbit);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            long backlog = 0;
            for (String queue : List.of(Hops.RISK, "risk-manager.orders", "order-executor.decisions", Hops.FILLS)) {
                var info = admin.getQueueInfo(queue);
                backlog += (info != null) ? info.getMessageCount() : 0;
            }
            if (backlog == 0) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
        System.out.println("  the flow's queues did not drain within a minute");
    }

    private Result fixedRate(int perSecond, int seconds, String label) throws InterruptedException {
        clear();
        long start = System.nanoTime();
        long interval = TimeUnit.SECONDS.toNanos(1) / perSecond;
        long total = (long) perSecond * seconds;
        for (long i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            place(() -> {
            });
        }
        Result result = collect(start, 60);
        if (label.equals("warm-up")) {
            System.out.printf("warm-up: %d orders, %d filled%n", result.sent(), result.completed());
        }
        return result;
    }

    private void place(Runnable done) {
        long n = sequence.incrementAndGet();
        String side = (n % 2 == 0) ? "BUY" : "SELL";
        String body = "{\"symbol\":\"BTCUSDT\",\"side\":\"" + side + "\",\"type\":\"MARKET\",\"quantity\":\"0.001\"}";
        long sent = System.nanoTime();
        int sentInPhase = phase;
        outstanding.incrementAndGet();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/orders"))
            .header("Content-Type", "application/json")
            .timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
        http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
            if (sentInPhase != phase) {
                return;
            }
            outstanding.decrementAndGet();
            if (error == null && response.statusCode() == 202) {
                sentAt.put(JSON.readTree(response.body()).path("id").asString(), sent);
                restNanos.addAndGet(System.nanoTime() - sent);
                restCount.incrementAndGet();
            }
            else {
                if (failures.incrementAndGet() == 1) {
                    System.out.println("  first failed request: " + ((error != null) ? error
                            : response.statusCode() + " " + response.body()));
                }
                done.run();
            }
        });
    }

    private void approve(Message message) {
        JsonNode requested = JSON.readTree(message.getBody());
        String body = """
                {"type":"order.approved","id":"%s","occurredAt":"%s","version":1,"orderId":"%s","symbol":"%s",
                 "side":"%s","orderType":"%s","quantity":"%s","notional":"%s","decidedAt":"%s","reasons":[]}"""
            .formatted(UUID.randomUUID(), Instant.now(), requested.path("orderId").asString(),
                    requested.path("symbol").asString(), requested.path("side").asString(),
                    requested.path("orderType").asString(), requested.path("quantity").asString(),
                    requested.path("notional").asString(), Instant.now());
        MessageProperties properties = new MessageProperties();
        properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        properties.setDeliveryMode(MessageDeliveryMode.PERSISTENT);
        template.send(EXCHANGE, "order.approved", new Message(body.getBytes(StandardCharsets.UTF_8), properties));
    }

    private void filled(Message message) {
        JsonNode event = JSON.readTree(message.getBody());
        if (!"order.filled".equals(event.path("type").asString())) {
            notFilled.incrementAndGet();
        }
        filledAt.put(event.path("orderId").asString(), System.nanoTime());
        Semaphore permits = loop;
        if (permits != null) {
            permits.release();
        }
    }

    private void clear() {
        phase++;
        outstanding.set(0);
        failures.set(0);
        notFilled.set(0);
        restNanos.set(0);
        restCount.set(0);
        sentAt.clear();
        filledAt.clear();
    }

    private Result collect(long start, int graceSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(graceSeconds);
        while (System.nanoTime() < deadline
                && (outstanding.get() > 0 || !filledAt.keySet().containsAll(sentAt.keySet()))) {
            TimeUnit.MILLISECONDS.sleep(20);
        }
        long lastFill = filledAt.values().stream().mapToLong(Long::longValue).max().orElse(start);
        List<Long> latencies = new ArrayList<>();
        sentAt.forEach((id, sent) -> {
            Long fill = filledAt.get(id);
            if (fill != null) {
                latencies.add(fill - sent);
            }
        });
        System.out.printf("  mean REST answer (POST to 202): %.2f ms%n", restNanos.get() / 1e6 / Math.max(1, restCount.get()));
        if (failures.get() > 0 || notFilled.get() > 0) {
            System.out.printf("  %d requests not answered 202; %d orders rejected or cancelled instead of filled%n",
                    failures.get(), notFilled.get());
        }
        return Result.of(sentAt.size(), latencies, lastFill - start);
    }

    /**
     * CPU time spent per filled order by each process of the flow: this JVM (order-executor and the load
     * generator), risk-manager's process (when it runs from its jar), the RabbitMQ broker and Redis, read from
     * {@code /proc} from a phase's first order sent to its last fill received. Their sum over the machine's
     * cores bounds the rate the flow can sustain here.
     */
    private record Cpu(long riskPid, long brokerPid, long redisPid) {

        record Snapshot(long at, long jvm, long risk, long broker, long redis, long machineBusy) {
        }

        static Cpu of(io.tradewatch.testsupport.ServiceJar risk) {
            return new Cpu((risk != null) ? risk.pid() : -1,
                    io.tradewatch.testsupport.ServiceJar.pidOf("beam.smp").orElse(-1),
                    io.tradewatch.testsupport.ServiceJar.pidOf("redis-server").orElse(-1));
        }

        Snapshot snapshot() {
            return new Snapshot(System.nanoTime(),
                    io.tradewatch.testsupport.ServiceJar.cpuNanosOf(ProcessHandle.current().pid()), read(riskPid),
                    read(brokerPid), read(redisPid), machineBusyNanos());
        }

        /** CPU time all cores spent outside idle and iowait since boot, from the first line of /proc/stat. */
        private static long machineBusyNanos() {
            try {
                String[] fields = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/stat")).get(0).trim()
                    .split("\\s+");
                long busy = 0;
                for (int i = 1; i < fields.length && i <= 8; i++) {
                    if (i != 4 && i != 5) { // idle, iowait
                        busy += Long.parseLong(fields[i]);
                    }
                }
                return busy * 10_000_000L; // USER_HZ: 100 ticks per second
            }
            catch (java.io.IOException ex) {
                throw new IllegalStateException("cannot read /proc/stat", ex);
            }
        }

        void report(Snapshot before, Snapshot after, Result result, String unit) {
            double n = Math.max(1, result.completed()) * 1e6;
            double jvm = (after.jvm() - before.jvm()) / n;
            double risk = (after.risk() - before.risk()) / n;
            double broker = (after.broker() - before.broker()) / n;
            double redis = (after.redis() - before.redis()) / n;
            double total = jvm + risk + broker + redis;
            int cores = Runtime.getRuntime().availableProcessors();
            double busy = (after.machineBusy() - before.machineBusy()) / (double) (cores * (after.at() - before.at()));
            System.out.printf(java.util.Locale.ROOT, "  CPU per %s: this JVM (order-executor + load generator)"
                    + " %.2f ms, risk-manager %s, RabbitMQ %s, Redis %s; total %.2f ms; the machine's %d cores were %.0f %%"
                    + " busy over the phase%n", unit, jvm, shown(riskPid, risk), shown(brokerPid, broker),
                    shown(redisPid, redis), total, cores, 100 * busy);
        }

        private static long read(long pid) {
            return (pid > 0) ? io.tradewatch.testsupport.ServiceJar.cpuNanosOf(pid) : 0;
        }

        private static String shown(long pid, double millis) {
            return (pid > 0) ? String.format(java.util.Locale.ROOT, "%.2f ms", millis) : "not measured";
        }
    }

    static void report(String label, Result result) {
        System.out.printf("%-60s sent %6d, completed %6d, %8.0f /s, p50 %7.2f ms, p99 %7.2f ms, max %7.2f ms%n", label,
                result.sent(), result.completed(), result.perSecond(), result.p50Millis(), result.p99Millis(),
                result.maxMillis());
    }
}
