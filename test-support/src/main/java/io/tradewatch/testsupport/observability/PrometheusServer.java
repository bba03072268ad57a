package io.tradewatch.testsupport.observability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real Prometheus (Debian's package) on 127.0.0.1 at a free port, with its storage in a temporary
 * directory; it is stopped by PID on close, forcibly if it does not stop within 15 seconds.
 */
public final class PrometheusServer implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Process process;

    private final Path log;

    private final int port;

    private PrometheusServer(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts Prometheus on {@code config} (relative paths resolve from its directory) and waits until ready. */
    public static PrometheusServer start(Path config, Path work) {
        return start(config, work, List.of());
    }

    /**
     * Starts Prometheus on {@code config} with extra command-line flags (say {@code --rules.alert.resend-delay=1s})
     * and waits until ready.
     */
    public static PrometheusServer start(Path config, Path work, List<String> flags) {
        Path prometheus = Executables.require("prometheus");
        int port = freePort();
        Path log = work.resolve("prometheus.log");
        try {
            List<String> command = new ArrayList<>(List.of(prometheus.toString(), "--config.file=" + config,
                    "--storage.tsdb.path=" + work.resolve("data"), "--storage.tsdb.retention.time=1h",
                    "--web.listen-address=127.0.0.1:" + port, "--log.level=warn"));
            command.addAll(flags);
            Process process = new ProcessBuilder(command)
                .directory(config.getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
            PrometheusServer server = new PrometheusServer(process, log, port);
            try {
                Awaitility.await("Prometheus ready on port " + port)
                    .atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(250))
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new AssertionError("Prometheus exited: " + server.logTail());
                        }
                        return server.status("/-/ready") == 200;
                    });
            }
            catch (RuntimeException | AssertionError ex) {
                server.close();
                throw ex;
            }
            return server;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** GET of an API path; the parsed JSON body. */
    public JsonNode get(String pathAndQuery) {
        HttpResponse<String> response = send(pathAndQuery);
        return JSON.readTree(response.body());
    }

    /** An instant query: Prometheus' whole answer (status, data or errorType/error). */
    public JsonNode query(String expression) {
        return get("/api/v1/query?query=" + URLEncoder.encode(expression, StandardCharsets.UTF_8));
    }

    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        }
        catch (IOException ex) {
            return "(no log: " + ex.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        stop(process);
    }

    /** Stops a process this JVM started: SIGTERM, then SIGKILL if it has not ended within 15 seconds. */
    public static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        }
        catch (InterruptedException ex) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private int status(String path) {
        try {
            return send(path).statusCode();
        }
        catch (UncheckedIOException ex) {
            return -1;
        }
    }

    /** The port it listens on (127.0.0.1). */
    public int port() {
        return port;
    }

    /** The process id, for reading its CPU time or memory. */
    public long pid() {
        return process.pid();
    }

    private HttpResponse<String> send(String pathAndQuery) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
            .timeout(Duration.ofSeconds(10))
            .GET()
            .build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
