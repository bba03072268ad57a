package io.tradewatch.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import io.tradewatch.testsupport.LocalServers;
import io.tradewatch.testsupport.RabbitVirtualHosts;
import io.tradewatch.testsupport.RedisDatabases;
import io.tradewatch.testsupport.observability.LocalPrometheusConfiguration;
import io.tradewatch.testsupport.observability.PrometheusServer;

import org.awaitility.Awaitility;

/**
 * The suite as its users meet it: the six services from their jars on the real RabbitMQ (own virtual host) and
 * Redis (own database), a real Prometheus scraping them through deploy's local configuration with deploy's rules,
 * a real Alertmanager routed to alert-system, and a webhook receiver alert-system delivers to. Everything started
 * is stopped by {@link #close()}, which also runs from a JVM shutdown hook if the tests never get to it.
 */
final class TradewatchSystem implements AutoCloseable {

    /** Simulated symbols: those of the default strategies, and XRPUSDT, which the tests trade alone. */
    static final List<String> SYMBOLS = List.of("BTCUSDT", "ETHUSDT", "SOLUSDT", "XRPUSDT");

    /**
     * ServiceDown's {@code for:} in this run: deploy's 1 m would make the stopped-service scenario wait a minute
     * for nothing the test learns; every other rule is loaded as deploy has it.
     */
    static final Map<String, String> FOR_OVERRIDES = Map.of("ServiceDown", "5s");

    private final List<AutoCloseable> resources = new ArrayList<>();

    private final AtomicBoolean closed = new AtomicBoolean();

    private final Thread shutdownHook = new Thread(this::closeQuietly, "tradewatch-e2e-shutdown");

    private final Path root;

    private final Path work;

    private final String adminKey;

    private final WebhookReceiver webhook;

    private Map<Service, RunningService> services = Map.of();

    private RunningService webSocketFeed;

    private AlertmanagerServer alertmanager;

    private PrometheusServer prometheus;

    private String traderKey;

    private String viewerKey;

    private String virtualHost;

    private int redisDatabase;

    private final long startedNanos = System.nanoTime();

    private TradewatchSystem(Path root, Path work, String adminKey, WebhookReceiver webhook) {
        this.root = root;
        this.work = work;
        this.adminKey = adminKey;
        this.webhook = webhook;
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Starts everything; on any failure stops what was started and rethrows. */
    static TradewatchSystem start(Options options) throws Exception {
        Path root = options.root();
        Path work = options.logs();
        Files.createDirectories(work);
        LocalServers servers = LocalServers.fromEnvironment();
        servers.requireReachable();
        String webhookSecret = secret();
        TradewatchSystem system = new TradewatchSystem(root, work, "tw-e2e-admin-" + secret(),
                WebhookReceiver.start(webhookSecret));
        try {
            system.resources.add(system.webhook);
            RabbitVirtualHosts virtualHosts = new RabbitVirtualHosts(servers);
            String virtualHost = virtualHosts.create();
            system.virtualHost = virtualHost;
            system.resources.add(() -> virtualHosts.delete(virtualHost));
            RedisDatabases databases = new RedisDatabases(servers);
            RedisDatabases.Lease lease = databases.lease();
            system.redisDatabase = lease.database();
            system.resources.add(() -> databases.release(lease));
            ServiceLauncher launcher = new ServiceLauncher(root, work, options.jvmOptions(),
                    new ServiceLauncher.Settings(virtualHost, lease.database(), options.ticksPerSecond(), SYMBOLS,
                            options.gapProbability(), system.webhook.url(), webhookSecret, system.adminKey,
                            options.extraArguments()));
            Map<Service, ServiceLauncher.Ports> ports = ServiceLauncher.freePorts();
            system.services = launcher.startAll(ports);
            system.resources.add(system::stopServices);
            if (options.observability()) {
                system.webSocketFeed = launcher.startAnother(Service.MARKET_DATA, "websocket", ports,
                        webSocketFeedArguments());
                system.resources.add(system.webSocketFeed::stop);
            }
            ServiceLauncher.awaitReady(system.services, options.startTimeout());
            if (system.webSocketFeed != null) {
                ServiceLauncher.awaitReady(Map.of(Service.MARKET_DATA, system.webSocketFeed), options.startTimeout());
            }
            system.traderKey = system.issueKey("e2e trader", "TRADER");
            system.viewerKey = system.issueKey("e2e viewer", "VIEWER");
            if (!options.observability()) {
                return system;
            }
            system.alertmanager = AlertmanagerServer.start(root.resolve("deploy"),
                    ports.get(Service.ALERT_SYSTEM).http(), emptyDirectory(work.resolve("alertmanager")));
            system.resources.add(system.alertmanager);
            system.prometheus = system.startPrometheus(servers, options.prometheusInterval());
            system.resources.add(system.prometheus);
            return system;
        }
        catch (Exception | Error ex) {
            system.close();
            throw ex;
        }
    }

    private PrometheusServer startPrometheus(LocalServers servers, Duration interval) throws IOException {
        Path dir = emptyDirectory(work.resolve("prometheus"));
        Map<String, List<String>> targets = new java.util.HashMap<>();
        services.values().forEach(service -> targets.put(service.service().module(),
                new ArrayList<>(List.of("127.0.0.1:" + service.managementPort()))));
        targets.get(Service.MARKET_DATA.module()).add("127.0.0.1:" + webSocketFeed.managementPort());
        targets.put("rabbitmq", List.of(servers.rabbitHost() + ":15692"));
        Path config = new LocalPrometheusConfiguration(root.resolve("deploy"), targets::get, interval,
                alertmanager.address(), FOR_OVERRIDES).writeTo(dir);
        return PrometheusServer.start(config, dir, List.of("--rules.alert.resend-delay=1s"));
    }

    /**
     * A second market-data-service with the WebSocket feed selected, pointed at a port of 127.0.0.1 where nothing
     * listens: a feed that cannot connect (the fault the dashboards' WebSocket panels need to show series from a
     * real service; the suite has no exchange to connect to). It publishes no ticks.
     */
    private static List<String> webSocketFeedArguments() throws IOException {
        return List.of("--tradewatch.market-data.feed.type=websocket",
                "--tradewatch.market-data.feed.websocket.url=ws://127.0.0.1:" + LoopbackPorts.next(),
                "--tradewatch.market-data.feed.websocket.max-backoff=2s");
    }

    private String issueKey(String name, String role) {
        Http.Answer answer = Http.send("POST", gatewayUrl("/api/admin/keys"), adminKey,
                Map.of("name", name, "role", role));
        if (answer.status() != 201) {
            throw new IllegalStateException("could not issue a " + role + " key: " + answer);
        }
        return answer.json().path("key").asString();
    }

    RunningService service(Service service) {
        return services.get(service);
    }

    Map<Service, RunningService> services() {
        return services;
    }

    String gatewayUrl(String path) {
        return services.get(Service.GATEWAY).url(path);
    }

    String adminKey() {
        return adminKey;
    }

    String traderKey() {
        return traderKey;
    }

    String viewerKey() {
        return viewerKey;
    }

    WebhookReceiver webhook() {
        return webhook;
    }

    PrometheusServer prometheus() {
        return prometheus;
    }

    AlertmanagerServer alertmanager() {
        return alertmanager;
    }

    /** The run's RabbitMQ virtual host. */
    String virtualHost() {
        return virtualHost;
    }

    /** The second market-data-service, whose WebSocket feed cannot connect (see {@link #webSocketFeedArguments}). */
    RunningService webSocketFeed() {
        return webSocketFeed;
    }

    /** The run's Redis database. */
    int redisDatabase() {
        return redisDatabase;
    }

    Path root() {
        return root;
    }

    /** Seconds since this system began to start: an upper bound of any latency measured in it. */
    double ageSeconds() {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private void stopServices() throws InterruptedException {
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            services.values().forEach(service -> executor.submit(service::stop));
        }
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        }
        catch (IllegalStateException ex) {
            // the JVM is already shutting down: this is the hook
        }
        RuntimeException failure = null;
        for (AutoCloseable resource : resources.reversed()) {
            try {
                resource.close();
            }
            catch (Exception ex) {
                failure = (failure == null) ? new IllegalStateException("stopping the system failed", ex) : failure;
                failure.addSuppressed(ex);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private void closeQuietly() {
        try {
            close();
        }
        catch (RuntimeException ex) {
            ex.printStackTrace();
        }
    }

    /** {@code dir}, emptied of what an earlier run left there. */
    private static Path emptyDirectory(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        return Files.createDirectories(dir);
    }

    private static String secret() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** Waits (bounded) until the condition holds, polling every half second. */
    static void await(String what, Duration atMost, java.util.concurrent.Callable<Boolean> condition) {
        Awaitility.await(what).atMost(atMost).pollInterval(Duration.ofMillis(500)).until(condition);
    }

    /**
     * How to run the system.
     *
     * @param root the repository root
     * @param logs the run's directory: service logs, Prometheus' and Alertmanager's files
     * @param jvmOptions JVM options of every service
     * @param ticksPerSecond the simulated feed's rate
     * @param gapProbability chance of a sequence gap per tick
     * @param prometheusInterval scrape and rule evaluation interval
     * @param startTimeout how long the six may take to become ready
     * @param extraArguments further arguments per service
     * @param observability whether Prometheus and Alertmanager run too
     */
    record Options(Path root, Path logs, List<String> jvmOptions, int ticksPerSecond, double gapProbability,
            Duration prometheusInterval, Duration startTimeout, Map<Service, List<String>> extraArguments,
            boolean observability) {

        /** These options with another feed rate and gap probability, log directory, JVMs and observability. */
        Options with(int rate, double gaps, Path logDirectory, List<String> jvm, boolean withObservability) {
            return new Options(root, logDirectory, jvm, rate, gaps, prometheusInterval, startTimeout, extraArguments,
                    withObservability);
        }

        /** The end-to-end tests' run: target/e2e-logs, small JVMs, a modest feed with a few gaps, 1 s scrapes. */
        static Options endToEnd() {
            Path root = Path.of(System.getProperty("tradewatch.e2e.root",
                    Path.of(System.getProperty("user.dir")).resolve("..").toString())).toAbsolutePath().normalize();
            Path logs = Path.of(System.getProperty("tradewatch.e2e.logs",
                    root.resolve("e2e-tests/target/e2e-logs").toString()));
            return new Options(root, logs, ServiceLauncher.SMALL_JVM, 80, 0.01, Duration.ofSeconds(1),
                    Duration.ofMinutes(4), new EnumMap<>(Service.class), true);
        }
    }
}
