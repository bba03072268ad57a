package io.tradewatch.strategy.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.tradewatch.testsupport.LocalBrokerIsolation;
import io.tradewatch.testsupport.ServiceJar;
import io.tradewatch.testsupport.TestInstruments;

/**
 * The real market-data-service, started from its jar on the benchmark's virtual host and Redis database,
 * simulating the benchmark's symbols as fast as its pipeline publishes (a tick rate far above what it can
 * reach), so the ticks strategy-service consumes come from the service that produces them in production.
 * Its published-tick count is read from its own {@code /actuator/prometheus}.
 */
final class MarketDataProcess implements AutoCloseable {

    private final ServiceJar service;

    private final int managementPort;

    private final HttpClient http = HttpClient.newHttpClient();

    private MarketDataProcess(ServiceJar service, int managementPort) {
        this.service = service;
        this.managementPort = managementPort;
    }

    static MarketDataProcess start(String jar, LocalBrokerIsolation isolation, int symbols, int ticksPerSecond)
            throws IOException, InterruptedException {
        int managementPort = ServiceJar.freePort();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < symbols; i++) {
            names.add("SYM" + i + "USDT");
        }
        List<String> arguments = new ArrayList<>(List.of("--server.port=0",
                "--management.server.port=" + managementPort, "--management.server.address=127.0.0.1",
                "--spring.rabbitmq.virtual-host=" + isolation.virtualHost(),
                "--spring.data.redis.database=" + isolation.redisDatabase(),
                "--tradewatch.market-data.feed.type=simulated",
                "--tradewatch.market-data.feed.simulated.ticks-per-second=" + ticksPerSecond));
        arguments.addAll(TestInstruments.arguments(names.toArray(String[]::new)));
        ServiceJar service = ServiceJar.start(jar, arguments);
        MarketDataProcess started = new MarketDataProcess(service, managementPort);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (started.publishedTicks() < 0) {
            if (!service.isAlive() || System.nanoTime() > deadline) {
                service.close();
                throw new IllegalStateException("market-data-service did not start; see " + service.log());
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

    @Override
    public void close() throws InterruptedException {
        service.close();
    }
}
