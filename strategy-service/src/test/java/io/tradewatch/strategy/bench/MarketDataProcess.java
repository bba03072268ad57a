package io.tradewatch.strategy.bench;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.tradewatch.testsupport.LocalBrokerIsolation;

/**
 * The real market-data-service, started from its jar on the benchmark's virtual host and Redis database,
 * simulating the benchmark's symbols as fast as its pipeline publishes (a tick rate far above what it can
 * reach), so the ticks strategy-service consumes come from the service that produces them in production.
 * Its published-tick count is read from its own {@code /actuator/prometheus}.
 */
final class MarketDataProcess implements AutoCloseable {

    private final Process process;

    private final int managementPort;

    private final HttpClient http = HttpClient.newHttpClient();

    private MarketDataProcess(Process process, int managementPort) {
        this.process = process;
        this.managementPort = managementPort;
    }

    static MarketDataProcess start(String jar, LocalBrokerIsolation isolation, int symbols, int ticksPerSecond)
            throws IOException, InterruptedException {
        int managementPort = freePort();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < symbols; i++) {
            names.add("SYM" + i + "USDT");
        }
        String java = System.getProperty("java.home") + "/bin/java";
        List<String> command = List.of(java, "--enable-native-access=ALL-UNNAMED", "-jar", jar, "--server.port=0",
                "--management.server.port=" + managementPort, "--management.server.address=127.0.0.1",
                "--logging.level.root=WARN", "--spring.rabbitmq.virtual-host=" + isolation.virtualHost(),
                "--spring.data.redis.database=" + isolation.redisDatabase(),
                "--tradewatch.market-data.symbols=" + String.join(",", names),
                "--tradewatch.market-data.feed.type=simulated",
                "--tradewatch.market-data.feed.simulated.ticks-per-second=" + ticksPerSecond);
        File log = File.createTempFile("bench-market-data-", ".log");
        System.out.println("market-data-service log: " + log);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
        MarketDataProcess started = new MarketDataProcess(process, managementPort);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (started.publishedTicks() < 0) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroy();
                throw new IllegalStateException("market-data-service did not start; see " + log);
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
        return started;
    }

    /** Ticks validated and published so far (sum over symbols), or -1 while the service is not up. */
    double publishedTicks() {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                    + managementPort + "/actuator/prometheus")).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return -1;
            }
            return response.body().lines()
                .filter(line -> line.startsWith("trading_ticks_processed_total{"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
        }
        catch (IOException ex) {
            return -1;
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Stops the service by its PID (SIGTERM, then SIGKILL after 30 s). */
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
