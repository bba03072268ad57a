package io.tradewatch.gateway;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

import io.tradewatch.testsupport.LocalServers;
import io.tradewatch.testsupport.RedisDatabases;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Latency added and throughput through the gateway versus calling the service directly, in the same run,
 * with wrk on 127.0.0.1: a downstream (reactor-netty, a fixed 200-byte quote) is called directly and
 * through a gateway that does everything it does in production (API key lookup in Redis, rate limit
 * script in Redis, circuit breaker, retry filter, request id, access log to a file). Rate limits are
 * raised so the limiter runs but never refuses. Latency: one connection (no queueing); throughput: many;
 * and the CPU this JVM spends per request, which stays meaningful when other work shares the machine.
 * The downstream is a constant responder in this JVM (the harshest baseline), or with
 * {@code --service-jar=PATH} the real market-data-service started from its jar (its quote endpoint, which
 * reads Redis), whose process CPU is read from {@code /proc}. Measurements start once the JIT has settled.
 * Last, the same comparison through a bare Spring Cloud Gateway (one route, nothing else): the library's floor.
 * Usage: {@code scripts/bench.sh api-gateway main io.tradewatch.gateway.GatewayOverheadBenchmark [seconds] [connections]
 * [--service-jar=PATH]}.
 */
public final class GatewayOverheadBenchmark {

    private static final String QUOTE = "{\"symbol\":\"BTCUSDT\",\"last\":\"64321.50\",\"bid\":\"64321.40\",\"ask\":\"64321.60\","
            + "\"size\":\"0.01200000\",\"seq\":1234567,\"ts\":\"2026-01-01T00:00:00.000Z\",\"source\":\"simulated\"}";

    private static final String BOOTSTRAP = "tw_bench-bootstrap-admin-key-0123456789abcdef";

    private static final int MAX_WARMUP_ROUNDS = 30;

    private static final java.lang.management.CompilationMXBean COMPILER = ManagementFactory.getCompilationMXBean();

    /** CPU time of the downstream service's own process (0 when it runs in this JVM). */
    private static java.util.function.LongSupplier serviceCpu = () -> 0L;

    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private GatewayOverheadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> positional = java.util.Arrays.stream(args).filter(arg -> !arg.startsWith("--")).toList();
        int seconds = (!positional.isEmpty()) ? Integer.parseInt(positional.get(0)) : 15;
        int connections = (positional.size() > 1) ? Integer.parseInt(positional.get(1)) : 32;
        String serviceJar = java.util.Arrays.stream(args).filter(arg -> arg.startsWith("--service-jar="))
            .map(arg -> arg.substring("--service-jar=".length())).findFirst().orElse(null);
        LocalServers servers = LocalServers.fromEnvironment();
        DisposableServer responder = null;
        reactor.netty.resources.LoopResources responderLoops = null;
        io.tradewatch.testsupport.ServiceJar service = null;
        io.tradewatch.testsupport.LocalBrokerIsolation isolation = null;
        int downstreamPort;
        if (serviceJar == null) {
            // Its own event loop: closing the gateway's context disposes Reactor Netty's shared resources.
            responderLoops = reactor.netty.resources.LoopResources.create("bench-responder", 1, true);
            responder = HttpServer.create()
                .runOn(responderLoops)
                .host("127.0.0.1")
                .port(0)
                .route(routes -> routes.get("/api/market/quotes/BTCUSDT",
                        (request, response) -> response.header("Content-Type", "application/json").sendString(Mono.just(QUOTE))))
                .bindNow();
            downstreamPort = responder.port();
            System.out.println("downstream: a constant responder in this JVM (reactor-netty, a fixed 200-byte quote)");
        }
        else {
            isolation = new io.tradewatch.testsupport.LocalBrokerIsolation(servers);
            ServiceProcess.Started started = ServiceProcess.start(serviceJar, isolation);
            service = started.service();
            downstreamPort = started.port();
            System.out.println("downstream: market-data-service from " + serviceJar + " (pid " + service.pid()
                    + "), GET /api/market/quotes/BTCUSDT reading its quote from Redis");
        }
        RedisDatabases databases = new RedisDatabases(servers);
        RedisDatabases.Lease lease = databases.lease();
        Path logFile = Files.createTempFile("bench-gateway", ".log");
        ConfigurableApplicationContext gateway = null;
        try {
            gateway = startGateway(downstreamPort, lease.database(), logFile);
            int gatewayPort = ((WebServerApplicationContext) gateway).getWebServer().getPort();
            String direct = "http://127.0.0.1:" + downstreamPort + "/api/market/quotes/BTCUSDT";
            String viaGateway = "http://127.0.0.1:" + gatewayPort + "/api/market/quotes/BTCUSDT";
            String key = issueKey(gatewayPort);
            if (service != null) {
                serviceCpu = service::cpuNanos;
            }
            compare(direct, viaGateway, key, seconds, connections);
            breakdown(viaGateway, key, seconds, connections, gateway.getBean(LoggingSystem.class));
            System.out.println("gateway access log lines written: " + Files.readAllLines(logFile).stream()
                .filter(line -> line.contains("io.tradewatch.gateway.access"))
                .count());
            gateway.close();
            gateway = null;
            floor(direct, downstreamPort, seconds, connections);
        }
        finally {
            if (gateway != null) {
                gateway.close();
            }
            if (responder != null) {
                responder.disposeNow();
                responderLoops.dispose();
            }
            if (service != null) {
                service.close();
            }
            if (isolation != null) {
                isolation.destroy();
            }
            databases.release(lease);
            Files.deleteIfExists(logFile);
        }
    }

    /** Warms both paths up, then three rounds of: latency on one connection, throughput on many; each path. */
    private static void compare(String direct, String viaGateway, String key, int seconds, int connections)
            throws IOException, InterruptedException {
        System.out.println("warming up until the JIT has settled (" + seconds + " s rounds, at most " + MAX_WARMUP_ROUNDS
                + "): settled after two rounds in a row in which JIT compilation took under 2 % of the round");
        for (int i = 0; i < 2; i++) {
            wrk(direct, null, connections, seconds);
        }
        int quiet = 0;
        for (int round = 1; round <= MAX_WARMUP_ROUNDS; round++) {
            long compiledBefore = COMPILER.getTotalCompilationTime();
            Result warm = wrk(viaGateway, key, connections, seconds);
            long compiledMillis = COMPILER.getTotalCompilationTime() - compiledBefore;
            double cpu = warm.cpuMicrosPerRequest;
            System.out.printf(Locale.ROOT, "  warm-up %d: %.0f req/s, %.0f µs CPU per request, JIT %d ms%n", round,
                    warm.requestsPerSecond, cpu, compiledMillis);
            quiet = (compiledMillis < seconds * 1000L * 0.02) ? quiet + 1 : 0;
            if (round >= 6 && quiet >= 2) {
                break;
            }
        }
        for (int round = 1; round <= 3; round++) {
            String loadBefore = loadAverage();
            Result directLatency = wrk(direct, null, 1, seconds);
            Result gatewayLatency = wrk(viaGateway, key, 1, seconds);
            Result directThroughput = wrk(direct, null, connections, seconds);
            Result gatewayThroughput = wrk(viaGateway, key, connections, seconds);
            System.out.printf(Locale.ROOT,
                    "round %d (load %s -> %s)%n  1 connection: p50 direct %.0f µs, gateway %.0f µs, added %.0f µs;"
                            + " p99 direct %.0f µs, gateway %.0f µs; direct %.0f req/s, gateway %.0f req/s%n"
                            + "  %d connections: direct %.0f req/s, gateway %.0f req/s, ratio %.3f; JVM CPU per request"
                            + " direct %.0f µs, gateway path %.0f µs (gateway's share %.0f µs); service process per request"
                            + " direct %.0f µs, via gateway %.0f µs%n  failed requests: %d%n",
                    round, loadBefore, loadAverage(), directLatency.p50Micros, gatewayLatency.p50Micros,
                    gatewayLatency.p50Micros - directLatency.p50Micros, directLatency.p99Micros, gatewayLatency.p99Micros,
                    directLatency.requestsPerSecond, gatewayLatency.requestsPerSecond, connections,
                    directThroughput.requestsPerSecond, gatewayThroughput.requestsPerSecond,
                    gatewayThroughput.requestsPerSecond / directThroughput.requestsPerSecond,
                    directThroughput.cpuMicrosPerRequest, gatewayThroughput.cpuMicrosPerRequest,
                    gatewayThroughput.cpuMicrosPerRequest - directThroughput.cpuMicrosPerRequest,
                    directThroughput.serviceCpuMicrosPerRequest, gatewayThroughput.serviceCpuMicrosPerRequest,
                    directLatency.failed + gatewayLatency.failed + directThroughput.failed + gatewayThroughput.failed);
        }
    }

    /**
     * Where the gateway's CPU goes: the same call with the bootstrap key (no key lookup in Redis), with the
     * access log off, with both, and a request refused for missing credentials (security only, no Redis, no
     * routing).
     */
    private static void breakdown(String viaGateway, String key, int seconds, int connections, LoggingSystem logging)
            throws IOException, InterruptedException {
        Result full = wrk(viaGateway, key, connections, seconds);
        Result noLookup = wrk(viaGateway, BOOTSTRAP, connections, seconds);
        logging.setLogLevel("io.tradewatch.gateway.access", LogLevel.WARN);
        Result noLog = wrk(viaGateway, key, connections, seconds);
        Result neither = wrk(viaGateway, BOOTSTRAP, connections, seconds);
        logging.setLogLevel("io.tradewatch.gateway.access", null);
        Result refused = wrk(viaGateway, null, connections, seconds);
        System.out.printf(Locale.ROOT, "breakdown, %d connections (JVM CPU per request, req/s):%n"
                + "  full %.0f µs %.0f/s | bootstrap key (no Redis key lookup) %.0f µs %.0f/s | access log off %.0f µs %.0f/s"
                + " | both %.0f µs %.0f/s | 401 without credentials %.0f µs %.0f/s%n", connections,
                full.cpuMicrosPerRequest, full.requestsPerSecond, noLookup.cpuMicrosPerRequest, noLookup.requestsPerSecond,
                noLog.cpuMicrosPerRequest, noLog.requestsPerSecond, neither.cpuMicrosPerRequest, neither.requestsPerSecond,
                refused.cpuMicrosPerRequest, refused.requestsPerSecond);
    }

    /**
     * The library's floor, measured the same way: Spring Cloud Gateway as Spring Boot configures it, with one
     * route to the same downstream and nothing else (no security, no filters, no Redis, not the suite's
     * starter), in place of the real gateway (closed first). No gateway built on it can do better than this
     * ratio on this machine.
     */
    private static void floor(String direct, int downstreamPort, int seconds, int connections)
            throws IOException, InterruptedException {
        try (ConfigurableApplicationContext bare = new SpringApplicationBuilder(io.tradewatch.gatewayfloor.BareGateway.class).run(
                "--spring.config.name=bare-gateway", "--server.port=0", "--management.server.port=0",
                "--logging.threshold.console=WARN", "--spring.autoconfigure.exclude=" + String.join(",", BARE_EXCLUDED),
                "--spring.cloud.gateway.server.webflux.routes[0].id=market-data",
                "--spring.cloud.gateway.server.webflux.routes[0].uri=http://127.0.0.1:" + downstreamPort,
                "--spring.cloud.gateway.server.webflux.routes[0].predicates[0]=Path=/api/market/**")) {
            String viaBare = "http://127.0.0.1:" + ((WebServerApplicationContext) bare).getWebServer().getPort()
                    + "/api/market/quotes/BTCUSDT";
            System.out.println("floor: a bare Spring Cloud Gateway (one route, no security, no filters), warming up");
            for (int round = 0; round < 6; round++) {
                wrk(viaBare, null, connections, seconds);
            }
            for (int round = 1; round <= 3; round++) {
                Result directThroughput = wrk(direct, null, connections, seconds);
                Result bareThroughput = wrk(viaBare, null, connections, seconds);
                System.out.printf(Locale.ROOT, "floor round %d, %d connections: direct %.0f req/s, bare gateway %.0f req/s,"
                        + " ratio %.3f; JVM CPU per request direct %.0f µs, bare gateway path %.0f µs; service process per"
                        + " request direct %.0f µs, via bare gateway %.0f µs; failed requests: %d%n", round, connections,
                        directThroughput.requestsPerSecond, bareThroughput.requestsPerSecond,
                        bareThroughput.requestsPerSecond / directThroughput.requestsPerSecond,
                        directThroughput.cpuMicrosPerRequest, bareThroughput.cpuMicrosPerRequest,
                        directThroughput.serviceCpuMicrosPerRequest, bareThroughput.serviceCpuMicrosPerRequest,
                        directThroughput.failed + bareThroughput.failed);
            }
        }
    }

    /** Auto-configurations the bare gateway leaves out: Spring Security's and the suite's starter. */
    private static final List<String> BARE_EXCLUDED = List.of(
            "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.ReactiveUserDetailsServiceAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.web.reactive.ReactiveWebSecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.actuate.web.reactive.ReactiveManagementWebSecurityAutoConfiguration",
            "org.springframework.boot.security.oauth2.server.resource.autoconfigure.reactive.ReactiveOAuth2ResourceServerAutoConfiguration",
            "io.tradewatch.metrics.autoconfigure.TradewatchMetricsAutoConfiguration",
            "io.tradewatch.metrics.autoconfigure.TradewatchAmqpMetricsAutoConfiguration",
            "io.tradewatch.metrics.autoconfigure.TradewatchRedisMetricsAutoConfiguration",
            "io.tradewatch.platform.autoconfigure.TradewatchMessagingAutoConfiguration",
            "io.tradewatch.platform.autoconfigure.TradewatchProblemDetailsAutoConfiguration");

    private static ConfigurableApplicationContext startGateway(int downstreamPort, int database, Path logFile) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--management.server.port=0",
                "--spring.data.redis.database=" + database, "--tradewatch.gateway.bootstrap-admin-key=" + BOOTSTRAP,
                "--logging.file.name=" + logFile, "--logging.structured.format.file=ecs",
                // No rolling (and gzip of rolled files) during the run: in production the log goes to stdout
                "--logging.logback.rollingpolicy.max-file-size=4GB",
                "--logging.threshold.console=WARN"));
        for (String role : List.of("VIEWER", "TRADER", "ADMIN")) {
            args.add("--tradewatch.gateway.rate-limits.roles." + role + ".replenish-rate=1000000");
            args.add("--tradewatch.gateway.rate-limits.roles." + role + ".burst-capacity=2000000");
        }
        args.add("--tradewatch.gateway.services.market-data.uri=http://127.0.0.1:" + downstreamPort);
        return new SpringApplicationBuilder(ApiGatewayApplication.class).run(args.toArray(String[]::new));
    }

    private static String issueKey(int gatewayPort) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gatewayPort + "/api/admin/keys"))
            .header("X-API-Key", BOOTSTRAP)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"bench\",\"role\":\"VIEWER\"}"))
            .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        Matcher key = Pattern.compile("\"key\":\"([^\"]+)\"").matcher(response.body());
        if (response.statusCode() != 201 || !key.find()) {
            throw new IllegalStateException("Could not issue a bench key: " + response.statusCode() + " " + response.body());
        }
        return key.group(1);
    }

    private static Result wrk(String url, String apiKey, int connections, int seconds) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("wrk", "-t1", "-c" + connections, "-d" + seconds + "s", "--latency"));
        if (apiKey != null) {
            command.addAll(List.of("-H", "X-API-Key: " + apiKey));
        }
        command.add(url);
        long cpuBefore = PROCESS.getProcessCpuTime();
        long serviceBefore = serviceCpu.getAsLong();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            if (!process.waitFor(seconds + 30L, TimeUnit.SECONDS)) {
                throw new IllegalStateException("wrk did not finish in time: " + command);
            }
            long cpuNanos = PROCESS.getProcessCpuTime() - cpuBefore;
            long serviceNanos = serviceCpu.getAsLong() - serviceBefore;
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return Result.parse(output, cpuNanos, serviceNanos);
        }
        finally {
            process.destroyForcibly();
        }
    }

    private static String loadAverage() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    }

    /**
     * What one wrk run measured; failed counts non-2xx answers and socket errors (a valid run has none), and
     * the CPU this JVM (downstream, and the gateway on the gateway path) spent per request.
     */
    private record Result(double p50Micros, double p99Micros, double requestsPerSecond, long failed,
            double cpuMicrosPerRequest, double serviceCpuMicrosPerRequest) {

        static Result parse(String output, long cpuNanos, long serviceNanos) {
            double requests = number(output, "(\\d+) requests in");
            return new Result(micros(output, "50%"), micros(output, "99%"), number(output, "Requests/sec:\\s+([0-9.]+)"),
                    failures(output), cpuNanos / 1_000.0 / Math.max(1, requests),
                    serviceNanos / 1_000.0 / Math.max(1, requests));
        }

        private static long failures(String output) {
            long failed = 0;
            Matcher non2xx = Pattern.compile("Non-2xx or 3xx responses: (\\d+)").matcher(output);
            if (non2xx.find()) {
                failed += Long.parseLong(non2xx.group(1));
            }
            Matcher socket = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)")
                .matcher(output);
            if (socket.find()) {
                for (int group = 1; group <= 4; group++) {
                    failed += Long.parseLong(socket.group(group));
                }
            }
            return failed;
        }

        private static double micros(String output, String percentile) {
            Matcher matcher = Pattern.compile(Pattern.quote(percentile) + "\\s+([0-9.]+)(us|ms|s)").matcher(output);
            if (!matcher.find()) {
                throw new IllegalStateException("No " + percentile + " in wrk output:\n" + output);
            }
            double value = Double.parseDouble(matcher.group(1));
            return switch (matcher.group(2)) {
                case "us" -> value;
                case "ms" -> value * 1_000;
                default -> value * 1_000_000;
            };
        }

        private static double number(String output, String regex) {
            Matcher matcher = Pattern.compile(regex).matcher(output);
            if (!matcher.find()) {
                throw new IllegalStateException("No match for " + regex + " in wrk output:\n" + output);
            }
            return Double.parseDouble(matcher.group(1));
        }
    }
}
