package io.tradewatch.e2e;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.tradewatch.testsupport.LocalServers;
import io.tradewatch.testsupport.RabbitVirtualHosts;

/**
 * The system benchmark of docs/benchmarks.md: the six services, RabbitMQ and Redis on this machine, in one run.
 * Each phase starts a fresh system (own virtual host and Redis database, so every phase's feed starts at sequence
 * 1): 200 ticks/s for the soak time (latencies at 200/s, memory after that much load, scrape time and series),
 * 1,000 ticks/s (latencies), then the ramp rates until one is not sustained; last, RabbitMQ PerfTest with a tick's
 * size as the raw reference. Prints Markdown tables for docs/benchmarks.md.
 *
 * <p>{@code scripts/bench-system.sh [--phase=60s] [--soak=300s] [--ramp=2000,3000,4000,6000,8000] [--perftest=30s]}
 */
final class SystemBenchmark {

    /** Production-like JVMs (C2 on, unlike the functional tests), as scripts/run.sh without its C1-only flag. */
    static final List<String> BENCH_JVM = List.of("-Xss512k", "-XX:+UseSerialGC");

    private SystemBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Duration phase = Duration.ofSeconds(seconds(args, "--phase=", 60));
        Duration soak = Duration.ofSeconds(seconds(args, "--soak=", 300));
        Duration perfTest = Duration.ofSeconds(seconds(args, "--perftest=", 30));
        List<Integer> ramp = Arrays.stream(option(args, "--ramp=", "2000,3000,4000,6000,8000").split(","))
            .map(String::strip).filter(rate -> !rate.isEmpty()).map(Integer::parseInt).toList();
        TradewatchSystem.Options base = TradewatchSystem.Options.endToEnd();
        Path logs = base.root().resolve("e2e-tests/target/bench-logs");
        System.out.printf("System benchmark: phases of %d s, soak %d s, ramp %s; logs in %s%n", phase.toSeconds(),
                soak.toSeconds(), ramp, logs);

        List<BenchmarkPhase.Result> results = new ArrayList<>();
        Map<Service, long[]> startup = new EnumMap<>(Service.class);
        Map<Service, String> scrapes = new EnumMap<>(Service.class);
        int tickBytes;
        try (TradewatchSystem system = start(base, 200, logs)) {
            system.services().forEach((service, running) -> startup.put(service,
                    new long[] { running.startupMillis(), running.jar().residentBytes(), 0 }));
            tickBytes = TickSize.sample(system);
            results.add(report(BenchmarkPhase.run(system, 200, soak)));
            system.services().forEach((service, running) -> {
                startup.get(service)[2] = running.jar().residentBytes();
                scrapes.put(service, scrapeFigures(running));
            });
        }
        try (TradewatchSystem system = start(base, 1000, logs)) {
            results.add(report(BenchmarkPhase.run(system, 1000, phase)));
        }
        int highest = results.stream().filter(BenchmarkPhase.Result::sustained)
            .mapToInt(BenchmarkPhase.Result::rate).max().orElse(0);
        for (int rate : ramp) {
            if (highest < 1000) {
                break;
            }
            BenchmarkPhase.Result result;
            try (TradewatchSystem system = start(base, rate, logs)) {
                result = report(BenchmarkPhase.run(system, rate, phase));
            }
            results.add(result);
            if (!result.sustained()) {
                break;
            }
            highest = rate;
        }
        String perf = perfTest(tickBytes, perfTest);
        printTables(results, highest, startup, scrapes, tickBytes, perf, soak);
    }

    private static TradewatchSystem start(TradewatchSystem.Options base, int rate, Path logs) throws Exception {
        return TradewatchSystem.start(base.with(rate, 0, logs.resolve(rate + "-per-s"), BENCH_JVM, false));
    }

    private static BenchmarkPhase.Result report(BenchmarkPhase.Result result) {
        System.out.printf("  %,d ticks/s: published %,.0f/s, behind %s, dropped %s, %d signals, %d fills -> %s%n",
                result.rate(), result.published(), result.behind(), result.dropped(), result.tickToSignal().size(),
                result.signalToFill().size(), result.sustained() ? "sustained" : "NOT sustained");
        return result;
    }

    /** Median time of 5 scrapes (after one to warm up) and the number of series. */
    private static String scrapeFigures(RunningService service) {
        service.scrape();
        List<Double> millis = new ArrayList<>();
        int series = 0;
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            Scrape scrape = service.scrape();
            millis.add((System.nanoTime() - start) / 1e6);
            series = scrape.seriesCount();
        }
        return String.format("%.1f | %,d", BenchmarkPhase.quantile(millis, 0.5), series);
    }

    /** RabbitMQ PerfTest, one producer and one consumer of {@code bytes}-byte messages, on a virtual host of its own. */
    private static String perfTest(int bytes, Duration time) throws IOException, InterruptedException {
        LocalServers servers = LocalServers.fromEnvironment();
        RabbitVirtualHosts virtualHosts = new RabbitVirtualHosts(servers);
        String vhost = virtualHosts.create();
        try {
            String uri = "amqp://" + servers.rabbitUser() + ":" + servers.rabbitPassword() + "@" + servers.rabbitHost()
                    + ":" + servers.rabbitPort() + "/" + URLEncoder.encode(vhost, StandardCharsets.UTF_8);
            Path output = Files.createTempFile("perftest-", ".log");
            Process process = new ProcessBuilder(System.getProperty("java.home") + "/bin/java", "-cp",
                    System.getProperty("java.class.path"), "com.rabbitmq.perf.PerfTest", "--uri", uri, "-x", "1", "-y",
                    "1", "-s", String.valueOf(bytes), "-z", String.valueOf(time.toSeconds()), "-a")
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
            if (!process.waitFor(time.toSeconds() + 60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("PerfTest did not end; see " + output);
            }
            String log = Files.readString(output);
            Matcher sent = Pattern.compile("sending rate avg: (\\d+)").matcher(log);
            Matcher received = Pattern.compile("receiving rate avg: (\\d+)").matcher(log);
            if (!sent.find() || !received.find()) {
                throw new IllegalStateException("PerfTest printed no averages: " + log);
            }
            return String.format("%,d msg/s sent, %,d msg/s received (1 producer, 1 consumer, auto-ack, %d B, %d s)",
                    Long.parseLong(sent.group(1)), Long.parseLong(received.group(1)), bytes, time.toSeconds());
        }
        finally {
            virtualHosts.delete(vhost);
        }
    }

    private static void printTables(List<BenchmarkPhase.Result> results, int highest, Map<Service, long[]> startup,
            Map<Service, String> scrapes, int tickBytes, String perf, Duration soak) {
        System.out.println();
        System.out.printf("Highest sustained tick rate: %,d ticks/s (ticks of %d B)%n", highest, tickBytes);
        System.out.println("RabbitMQ PerfTest, same run: " + perf);
        System.out.println();
        System.out.println("| feed rate (ticks/s) | published (ticks/s) | consumers behind after 3 s | dropped | sustained "
                + "| tick -> signal p50 / p99 (ms) | signal -> fill p50 / p99 (ms) | signals / fills |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- |");
        for (BenchmarkPhase.Result result : results) {
            System.out.printf("| %,d | %,.0f | %d | %d | %s | %.1f / %.1f | %.1f / %.1f | %d / %d |%n", result.rate(),
                    result.published(), result.behind().values().stream().mapToLong(Long::longValue).max().orElse(0),
                    result.dropped().values().stream().mapToLong(Long::longValue).sum(),
                    result.sustained() ? "yes" : "no", BenchmarkPhase.quantile(result.tickToSignal(), 0.5),
                    BenchmarkPhase.quantile(result.tickToSignal(), 0.99),
                    BenchmarkPhase.quantile(result.signalToFill(), 0.5),
                    BenchmarkPhase.quantile(result.signalToFill(), 0.99), result.tickToSignal().size(),
                    result.signalToFill().size());
        }
        System.out.println();
        System.out.printf("| service | startup (ms, six at once) | RSS after start (MiB) | RSS after %d s at 200 ticks/s "
                + "(MiB) | scrape (ms, median of 5) | series |%n", soak.toSeconds());
        System.out.println("| --- | --- | --- | --- | --- | --- |");
        startup.forEach((service, figures) -> System.out.printf("| %s | %,d | %.0f | %.0f | %s |%n", service.module(),
                figures[0], figures[1] / 1048576.0, figures[2] / 1048576.0, scrapes.get(service)));
    }

    private static long seconds(String[] args, String name, long fallback) {
        String value = option(args, name, fallback + "s");
        return value.endsWith("m") ? Long.parseLong(value.substring(0, value.length() - 1)) * 60
                : Long.parseLong(value.replace("s", ""));
    }

    private static String option(String[] args, String name, String fallback) {
        return Arrays.stream(args).filter(arg -> arg.startsWith(name)).map(arg -> arg.substring(name.length()))
            .findFirst().orElse(fallback);
    }

    /** The size of a real tick message, read off a queue of its own through the management API. */
    static final class TickSize {

        private TickSize() {
        }

        static int sample(TradewatchSystem system) throws InterruptedException {
            LocalServers servers = LocalServers.fromEnvironment();
            Map<String, String> headers = Map.of("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (servers.rabbitUser() + ":" + servers.rabbitPassword()).getBytes(StandardCharsets.UTF_8)));
            String vhost = URLEncoder.encode(system.virtualHost(), StandardCharsets.UTF_8);
            String api = servers.rabbitManagementUrl() + "/api";
            Http.send("PUT", api + "/queues/" + vhost + "/bench.tick-sample", headers,
                    Map.of("auto_delete", false, "durable", false, "arguments", Map.of("x-max-length", 10)));
            Http.send("POST", api + "/bindings/" + vhost + "/e/trading.events/q/bench.tick-sample", headers,
                    Map.of("routing_key", "tick.BTCUSDT"));
            Thread.sleep(2_000);
            Http.Answer got = Http.send("POST", api + "/queues/" + vhost + "/bench.tick-sample/get", headers,
                    Map.of("count", 1, "ackmode", "ack_requeue_false", "encoding", "auto"));
            Http.send("DELETE", api + "/queues/" + vhost + "/bench.tick-sample", headers, null);
            int bytes = got.json().path(0).path("payload_bytes").asInt();
            if (bytes <= 0) {
                throw new IllegalStateException("no tick sampled: " + got);
            }
            return bytes;
        }
    }
}
