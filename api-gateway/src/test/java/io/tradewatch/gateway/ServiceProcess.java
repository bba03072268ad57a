package io.tradewatch.gateway;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.tradewatch.testsupport.LocalBrokerIsolation;
import io.tradewatch.testsupport.ServiceJar;

/**
 * market-data-service started from its jar for {@link GatewayOverheadBenchmark}, on a private virtual host and
 * Redis database, with a slow simulated feed (so its quotes exist and it does little else), answering on a
 * free port; ready once it serves a BTCUSDT quote.
 */
final class ServiceProcess {

    private ServiceProcess() {
    }

    /** The started service and the port of its REST API. */
    record Started(ServiceJar service, int port) {
    }

    static Started start(String jar, LocalBrokerIsolation isolation) throws IOException, InterruptedException {
        int port = ServiceJar.freePort();
        ServiceJar service = ServiceJar.start(jar, List.of("--server.port=" + port, "--server.address=127.0.0.1",
                "--management.server.port=" + ServiceJar.freePort(), "--management.server.address=127.0.0.1",
                "--spring.rabbitmq.virtual-host=" + isolation.virtualHost(),
                "--spring.data.redis.database=" + isolation.redisDatabase(),
                "--tradewatch.market-data.feed.simulated.ticks-per-second=20"));
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (true) {
            if (!service.isAlive() || System.nanoTime() > deadline) {
                service.close();
                throw new IllegalStateException("market-data-service did not serve a BTCUSDT quote within 90 s; see "
                        + service.log());
            }
            try {
                HttpResponse<Void> quote = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/market/quotes/BTCUSDT")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (quote.statusCode() == 200) {
                    return new Started(service, port);
                }
            }
            catch (IOException ex) {
                // not listening yet
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
    }
}
