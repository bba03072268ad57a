package io.tradewatch.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.tradewatch.testsupport.ServiceJar;

/**
 * Starts the six services from the jars the build produced ({@code <module>/target/<module>-<version>.jar}), each
 * on a free business and management port of 127.0.0.1, on one RabbitMQ virtual host and Redis database, with
 * its console log in a file of its own.
 *
 * @param root the repository root
 * @param logs where each service's log goes ({@code <module>.log})
 * @param jvmOptions JVM options of every service
 * @param settings the shared settings: broker isolation, the alert webhook, the gateway's bootstrap key
 */
record ServiceLauncher(Path root, Path logs, List<String> jvmOptions, Settings settings) {

    /** JVM options for a functional run on a small machine: quick start, small heaps. */
    static final List<String> SMALL_JVM = List.of("-Xmx384m", "-Xss512k", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1");

    /** The jar of each service; fails naming what is missing and the command that builds it. */
    Map<Service, Path> jars() {
        Map<Service, Path> jars = new EnumMap<>(Service.class);
        List<String> missing = new ArrayList<>();
        for (Service service : Service.values()) {
            Path target = root.resolve(service.module()).resolve("target");
            try (Stream<Path> files = Files.exists(target) ? Files.list(target) : Stream.empty()) {
                files.filter(file -> file.getFileName().toString().matches(service.module() + "-\\d.*\\.jar"))
                    .filter(file -> !file.getFileName().toString().endsWith("-plain.jar"))
                    .findFirst()
                    .ifPresentOrElse(jar -> jars.put(service, jar), () -> missing.add(target + "/" + service.module()
                            + "-*.jar"));
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The end-to-end tests start the services from their jars, and these are "
                    + "missing: " + missing + ". Build them first: './mvnw -DskipTests package' (a full './mvnw verify' "
                    + "packages them before this module's integration-test phase).");
        }
        return jars;
    }

    /** Starts every service at once (each on its own ports) and returns them, not yet ready. */
    Map<Service, RunningService> startAll(Map<Service, Ports> ports) throws IOException {
        Map<Service, Path> jars = jars();
        Map<Service, RunningService> started = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            Ports own = ports.get(service);
            Path log = logs.resolve(service.module() + ".log");
            ServiceJar jar = ServiceJar.start(jars.get(service).toString(), jvmOptions, arguments(service, own, ports),
                    log);
            started.put(service, new RunningService(service, jar, own.http(), own.management(), log,
                    System.nanoTime()));
        }
        return started;
    }

    /**
     * Starts one more instance of {@code service}, named {@code name} in its log file, with further arguments
     * (which win over the run's: Spring takes the last value of a repeated argument).
     */
    RunningService startAnother(Service service, String name, Map<Service, Ports> ports, List<String> extra)
            throws IOException {
        Ports own = new Ports(LoopbackPorts.next(), LoopbackPorts.next());
        Map<Service, Ports> all = new EnumMap<>(ports);
        all.put(service, own);
        List<String> args = new ArrayList<>(arguments(service, own, all));
        args.addAll(extra);
        Path log = logs.resolve(service.module() + "-" + name + ".log");
        ServiceJar jar = ServiceJar.start(jars().get(service).toString(), jvmOptions, args, log);
        return new RunningService(service, jar, own.http(), own.management(), log, System.nanoTime());
    }

    private List<String> arguments(Service service, Ports own, Map<Service, Ports> all) {
        List<String> args = new ArrayList<>(List.of("--server.port=" + own.http(), "--server.address=127.0.0.1",
                "--management.server.port=" + own.management(), "--management.server.address=127.0.0.1",
                "--spring.rabbitmq.virtual-host=" + settings.virtualHost(),
                "--spring.data.redis.database=" + settings.redisDatabase()));
        switch (service) {
            case MARKET_DATA -> {
                args.add("--tradewatch.market-data.feed.simulated.ticks-per-second=" + settings.ticksPerSecond());
                args.add("--tradewatch.market-data.feed.simulated.symbols=" + String.join(",", settings.symbols()));
                args.add("--tradewatch.market-data.feed.simulated.gap-probability=" + settings.gapProbability());
            }
            case ALERT_SYSTEM -> {
                // Event and Alertmanager alerts go to the test's webhook (signed) and the log.
                args.add("--tradewatch.alerts.targets.allow-loopback=true");
                args.add("--tradewatch.alerts.default-channels[0].type=webhook");
                args.add("--tradewatch.alerts.default-channels[0].url=" + settings.webhookUrl());
                args.add("--tradewatch.alerts.default-channels[1].type=log");
                args.add("--tradewatch.alerts.webhook.secret=" + settings.webhookSecret());
            }
            case GATEWAY -> {
                args.add("--tradewatch.gateway.bootstrap-admin-key=" + settings.adminKey());
                for (Service downstream : Service.values()) {
                    if (downstream != Service.GATEWAY) {
                        String prefix = "--tradewatch.gateway.services." + downstream.gatewayName();
                        args.add(prefix + ".uri=http://127.0.0.1:" + all.get(downstream).http());
                        args.add(prefix + ".management-uri=http://127.0.0.1:" + all.get(downstream).management());
                    }
                }
            }
            default -> {
            }
        }
        args.addAll(settings.extraArguments().getOrDefault(service, List.of()));
        return args;
    }

    /** Free ports for every service. */
    static Map<Service, Ports> freePorts() throws IOException {
        Map<Service, Ports> ports = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            ports.put(service, new Ports(LoopbackPorts.next(), LoopbackPorts.next()));
        }
        return ports;
    }

    /** Waits until every service's readiness is UP; fails with the log of one that exited or stayed down. */
    static void awaitReady(Map<Service, RunningService> services, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<RunningService> pending = new ArrayList<>(services.values());
        while (!pending.isEmpty()) {
            for (RunningService service : List.copyOf(pending)) {
                if (!service.jar().isAlive()) {
                    throw new IllegalStateException(service.service().module() + " exited during start-up; its log: "
                            + service.log() + "\n" + service.logTail(40));
                }
                if (Http.status(service.managementUrl("/actuator/health/readiness")) == 200) {
                    service.markReady(System.nanoTime());
                    pending.remove(service);
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not ready within " + timeout + ": " + pending.stream()
                    .map(service -> service.service().module() + " (log " + service.log() + ")").toList());
            }
            Thread.sleep(250);
        }
    }

    /** A service's two ports. */
    record Ports(int http, int management) {
    }

    /**
     * What all services share in one run.
     *
     * @param virtualHost the run's RabbitMQ virtual host
     * @param redisDatabase the run's Redis database
     * @param ticksPerSecond the simulated feed's rate over all its symbols
     * @param symbols the symbols the feed simulates
     * @param gapProbability chance per tick of a sequence gap (a fault some dashboard panels need to show data)
     * @param webhookUrl where alert-system delivers event and Alertmanager alerts
     * @param webhookSecret the key of alert-system's webhook signatures
     * @param adminKey the gateway's bootstrap admin key
     * @param extraArguments further arguments per service
     */
    record Settings(String virtualHost, int redisDatabase, int ticksPerSecond, List<String> symbols,
            double gapProbability, String webhookUrl, String webhookSecret, String adminKey,
            Map<Service, List<String>> extraArguments) {
    }
}
