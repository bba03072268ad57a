package io.tradewatch.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.tradewatch.testsupport.ServiceJar;

/** One service process of the run: its ports, its log, and when it was started and became ready. */
final class RunningService {

    private final Service service;

    private final ServiceJar jar;

    private final int httpPort;

    private final int managementPort;

    private final Path log;

    private final long startedNanos;

    private volatile long readyNanos;

    RunningService(Service service, ServiceJar jar, int httpPort, int managementPort, Path log, long startedNanos) {
        this.service = service;
        this.jar = jar;
        this.httpPort = httpPort;
        this.managementPort = managementPort;
        this.log = log;
        this.startedNanos = startedNanos;
    }

    Service service() {
        return service;
    }

    ServiceJar jar() {
        return jar;
    }

    int httpPort() {
        return httpPort;
    }

    int managementPort() {
        return managementPort;
    }

    Path log() {
        return log;
    }

    String url(String path) {
        return "http://127.0.0.1:" + httpPort + path;
    }

    String managementUrl(String path) {
        return "http://127.0.0.1:" + managementPort + path;
    }

    void markReady(long nanos) {
        readyNanos = nanos;
    }

    /** From process start to the first readiness UP, in milliseconds. */
    long startupMillis() {
        return (readyNanos - startedNanos) / 1_000_000;
    }

    /** The service's {@code /actuator/prometheus}, read now. */
    Scrape scrape() {
        Http.Answer answer = Http.get(managementUrl("/actuator/prometheus"), null);
        if (answer.status() != 200) {
            throw new AssertionError(answer.toString());
        }
        return Scrape.of(answer.body());
    }

    String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        }
        catch (IOException ex) {
            return "(no log: " + ex.getMessage() + ")";
        }
    }

    void stop() {
        try {
            jar.close();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
