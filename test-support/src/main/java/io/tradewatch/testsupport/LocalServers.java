package io.tradewatch.testsupport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * Where the local RabbitMQ and Redis are: 127.0.0.1 and the standard ports unless the same environment
 * variables the services read ({@code SPRING_RABBITMQ_HOST}, {@code SPRING_DATA_REDIS_PORT}, ...) say
 * otherwise.
 */
public record LocalServers(String rabbitHost, int rabbitPort, String rabbitUser, String rabbitPassword,
        String rabbitManagementUrl, String redisHost, int redisPort) {

    public static LocalServers fromEnvironment() {
        String rabbitHost = setting("SPRING_RABBITMQ_HOST", "127.0.0.1");
        return new LocalServers(rabbitHost, Integer.parseInt(setting("SPRING_RABBITMQ_PORT", "5672")),
                setting("SPRING_RABBITMQ_USERNAME", "guest"), setting("SPRING_RABBITMQ_PASSWORD", "guest"),
                setting("TRADEWATCH_TEST_RABBITMQ_MANAGEMENT_URL", "http://" + rabbitHost + ":15672"),
                setting("SPRING_DATA_REDIS_HOST", "127.0.0.1"),
                Integer.parseInt(setting("SPRING_DATA_REDIS_PORT", "6379")));
    }

    /** Fails at once, saying what to do, when a server does not accept connections. */
    public void requireReachable() {
        require("RabbitMQ", rabbitHost, rabbitPort, "start it with 'rabbitmq-server -detached'");
        require("Redis", redisHost, redisPort,
                "start it with 'redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save \"\" --appendonly no'");
    }

    private static void require(String what, String host, int port, String hint) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 2000);
        }
        catch (IOException ex) {
            throw new IllegalStateException(what + " is not reachable at " + host + ":" + port
                    + " and no Docker engine answers for Testcontainers: " + hint
                    + ", or run scripts/test.sh, which starts it (" + ex.getMessage() + ")", ex);
        }
    }

    private static String setting(String name, String fallback) {
        String value = System.getenv(name);
        return (value == null || value.isBlank()) ? fallback : value;
    }
}
