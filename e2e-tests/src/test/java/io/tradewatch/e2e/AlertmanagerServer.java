package io.tradewatch.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.tradewatch.testsupport.observability.Executables;
import io.tradewatch.testsupport.observability.LocalPrometheusConfiguration;
import io.tradewatch.testsupport.observability.PrometheusServer;

import org.awaitility.Awaitility;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A real Alertmanager (Debian's prometheus-alertmanager) on 127.0.0.1 at a free port, configured from
 * deploy/alertmanager/alertmanager-local.yml with two changes only: the receiver URL points at alert-system's
 * port of this run, and the group timings are 1 s (deploy's wait 10-30 s before a first notification).
 */
final class AlertmanagerServer implements AutoCloseable {

    static final String LOCAL_RECEIVER = "http://127.0.0.1:8085/api/alerts/alertmanager";

    private final Process process;

    private final int port;

    private AlertmanagerServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static AlertmanagerServer start(Path deploy, int alertSystemPort, Path work) throws IOException {
        String local = Files.readString(deploy.resolve("alertmanager/alertmanager-local.yml"));
        if (!local.contains(LOCAL_RECEIVER)) {
            throw new IllegalStateException("alertmanager-local.yml no longer sends to " + LOCAL_RECEIVER
                    + ": update AlertmanagerServer");
        }
        Map<String, Object> config = new Yaml(new SafeConstructor(new LoaderOptions()))
            .load(local.replace(LOCAL_RECEIVER, "http://127.0.0.1:" + alertSystemPort + "/api/alerts/alertmanager"));
        shortenTimings(config);
        Files.createDirectories(work);
        Path file = work.resolve("alertmanager.yml");
        Files.writeString(file, LocalPrometheusConfiguration.dump(config));
        int port = LoopbackPorts.next();
        Process process = new ProcessBuilder(Executables.require("prometheus-alertmanager").toString(),
                "--config.file=" + file, "--storage.path=" + work.resolve("data"),
                "--web.listen-address=127.0.0.1:" + port, "--cluster.listen-address=", "--log.level=warn")
            .redirectErrorStream(true)
            .redirectOutput(work.resolve("alertmanager.log").toFile())
            .start();
        AlertmanagerServer server = new AlertmanagerServer(process, port);
        try {
            Awaitility.await("Alertmanager ready on port " + port)
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new AssertionError("Alertmanager exited; see " + work.resolve("alertmanager.log"));
                    }
                    return Http.status("http://127.0.0.1:" + port + "/-/ready") == 200;
                });
        }
        catch (RuntimeException | AssertionError ex) {
            server.close();
            throw ex;
        }
        return server;
    }

    @SuppressWarnings("unchecked")
    private static void shortenTimings(Map<String, Object> route) {
        Map<String, Object> node = (Map<String, Object>) route.getOrDefault("route", route);
        for (String timing : List.of("group_wait", "group_interval")) {
            if (node.containsKey(timing)) {
                node.put(timing, "1s");
            }
        }
        for (Object child : (List<Object>) node.getOrDefault("routes", List.of())) {
            shortenTimings((Map<String, Object>) child);
        }
    }

    /** {@code 127.0.0.1:port}, as Prometheus' alerting configuration names it. */
    String address() {
        return "127.0.0.1:" + port;
    }

    long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        PrometheusServer.stop(process);
    }
}
