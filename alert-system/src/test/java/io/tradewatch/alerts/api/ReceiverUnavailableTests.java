package io.tradewatch.alerts.api;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.tradewatch.alerts.AlertSystemApplication;
import io.tradewatch.alerts.support.IntegrationTestBase;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A replica that cannot reach Redis cannot accept alerts: it answers 503 (so Alertmanager retries) within the
 * second, and the same notification is then accepted by a healthy replica.
 */
class ReceiverUnavailableTests extends IntegrationTestBase {

    @Test
    void aReplicaWithoutRedisAnswers503AndAHealthyOneAcceptsTheRetry() throws Exception {
        String payload = CapturedNotifications.withFingerprints(CapturedNotifications.read("firing.json"), "5e5e5e5e5e5e0001",
                "5e5e5e5e5e5e0002");
        List<String> args = new ArrayList<>(List.of(secondInstanceArguments()));
        args.removeIf(arg -> arg.startsWith("--spring.data.redis.port=") || arg.startsWith("--spring.data.redis.connect-timeout="));
        args.add("--spring.data.redis.port=" + closedPort());
        args.add("--spring.data.redis.connect-timeout=500ms");
        try (ConfigurableApplicationContext broken = new SpringApplicationBuilder(AlertSystemApplication.class)
            .run(args.toArray(String[]::new))) {
            int brokenPort = ((WebServerApplicationContext) broken).getWebServer().getPort();

            HttpResponse<String> refused = post(brokenPort, payload);

            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Retry-After")).contains("5");
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/problem+json"));
        }
        HttpResponse<String> accepted = post(port, payload);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        assertThat(parse(accepted.body()).get("outcomes").get("sent").asInt()).isEqualTo(2);
    }

    private static HttpResponse<String> post(int port, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/alerts/alertmanager"))
            .timeout(Duration.ofSeconds(1))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
