package io.tradewatch.gateway;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.tradewatch.testsupport.LocalBrokerIsolation;

/**
 * market-data-service started from its jar for {@link GatewayOverheadBenchmark}, on a private virtual host and
 * Redis database, with a slow simulated feed (so its quotes exist and it does little else), answering on a
 * free port. Its CPU time is read from {@code /proc/<pid>/stat}; it is stopped by its PID.
 */
final class ServiceProcess implements AutoCloseable {

    private static final long NANOS_PER_TICK = 10_000_000L; // Linux USER_HZ: 100 ticks per second

    private final Process process;

    private final int port;

    private ServiceProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static ServiceProcess start(String jar, LocalBrokerIsolation isolation) throws IOException, InterruptedException {
        int port = freePort();
        int managementPort = freePort();
        String java = System.getProperty("java.home") + "/bin/java";
        List<String> command = List.of(java, "--enable-native-access=ALL-UNNAMED", "-jar", jar,
                "--server.port=" + port, "--server.address=127.0.0.1", "--management.server.port=" + managementPort,
                "--management.server.address=127.0.0.1", "--logging.level.root=WARN",
                "--spring.rabbitmq.virtual-host=" + isolation.virtualHost(),
                "--spring.data.redis.database=" + isolation.redisDatabase(),
                "--tradewatch.market-data.feed.simulated.ticks-per-second=20");
        File log = File.createTempFile("bench-market-data-", ".log");
        System.out.println("market-data-service log: " + log);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
        ServiceProcess service = new ServiceProcess(process, port);
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (true) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                service.close();
                throw new IllegalStateException("market-data-service did not serve a BTCUSDT quote within 90 s; see " + log);
            }
            try {
                HttpResponse<Void> quote = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/market/quotes/BTCUSDT")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (quote.statusCode() == 200) {
                    return service;
                }
            }
            catch (IOException ex) {
                // not listening yet
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    /** User and system CPU time of the process so far. */
    long cpuNanos() {
        try {
            String stat = Files.readString(Path.of("/proc/" + process.pid() + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after the command name: state is field 3, utime 14 and stime 15 (1-based over the whole line)
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * NANOS_PER_TICK;
        }
        catch (IOException ex) {
            throw new IllegalStateException("cannot read the CPU time of pid " + process.pid(), ex);
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
