package io.tradewatch.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Creates a throw-away virtual host per test context through RabbitMQ's management HTTP API, so tests
 * never share queues with each other or with a suite running on the same broker, and removes it after.
 * Virtual hosts left behind by a killed run are removed after an hour.
 */
public final class RabbitVirtualHosts {

    static final String PREFIX = "tw-test-";

    private static final Pattern LEFTOVER = Pattern.compile("\"name\":\"(" + PREFIX + "(\\d+)-[a-z0-9]+)\"");

    private static final Duration LEFTOVER_AGE = Duration.ofHours(1);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final LocalServers servers;

    private final String authorization;

    public RabbitVirtualHosts(LocalServers servers) {
        this.servers = servers;
        this.authorization = "Basic " + Base64.getEncoder()
            .encodeToString((servers.rabbitUser() + ":" + servers.rabbitPassword()).getBytes(StandardCharsets.UTF_8));
    }

    /** Creates a new virtual host the configured user may use fully, and returns its name. */
    public String create() {
        removeLeftovers();
        String name = PREFIX + System.currentTimeMillis() + "-"
                + Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36);
        send("PUT", "/api/vhosts/" + encode(name), "{}");
        send("PUT", "/api/permissions/" + encode(name) + "/" + encode(servers.rabbitUser()),
                "{\"configure\":\".*\",\"write\":\".*\",\"read\":\".*\"}");
        return name;
    }

    /** Deletes a virtual host with all its queues and exchanges. */
    public void delete(String name) {
        send("DELETE", "/api/vhosts/" + encode(name), null);
    }

    private void removeLeftovers() {
        String body = send("GET", "/api/vhosts?columns=name", null);
        long cutoff = System.currentTimeMillis() - LEFTOVER_AGE.toMillis();
        Matcher matcher = LEFTOVER.matcher(body);
        while (matcher.find()) {
            if (Long.parseLong(matcher.group(2)) < cutoff) {
                delete(matcher.group(1));
            }
        }
    }

    private String send(String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(servers.rabbitManagementUrl() + path))
            .timeout(Duration.ofSeconds(10))
            .header("Authorization", authorization)
            .header("Content-Type", "application/json");
        request.method(method, (body != null) ? HttpRequest.BodyPublishers.ofString(body)
                : HttpRequest.BodyPublishers.noBody());
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300 && !(method.equals("DELETE") && response.statusCode() == 404)) {
                throw new IllegalStateException("RabbitMQ management API answered " + response.statusCode() + " to "
                        + method + " " + path + ": " + response.body());
            }
            return response.body();
        }
        catch (IOException ex) {
            throw new IllegalStateException("RabbitMQ's management API is not reachable at "
                    + servers.rabbitManagementUrl() + ": enable it with 'rabbitmq-plugins enable rabbitmq_management'"
                    + " or set TRADEWATCH_TEST_RABBITMQ_MANAGEMENT_URL (" + ex.getMessage() + ")", ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while calling RabbitMQ's management API", ex);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
