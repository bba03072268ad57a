package io.tradewatch.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.tradewatch.testsupport.OpenApiDocuments;

/**
 * The five downstream services as small real HTTP servers (the JDK's) on local ports: each answers every
 * API path with a JSON echo and records what it received; paths ending in {@code flaky-*} fail with 503
 * once, {@code error-*} always answer 500, {@code slow} answers after 10 s, {@code stream} is a Server-Sent
 * Events stream that sends one event, waits for the test, then sends another. Each also serves its own
 * {@code /actuator/health/readiness}, so it doubles as its management port, and the service's committed
 * OpenAPI document at {@code /v3/api-docs}.
 */
final class StubServices implements AutoCloseable {

    static final List<String> NAMES = List.of("market-data", "strategy", "order-executor", "risk-manager",
            "alert-system");

    /** Each service's {@code spring.application.name}: its committed OpenAPI document is served as its own. */
    static final Map<String, String> APPLICATIONS = Map.of("market-data", "market-data-service", "strategy",
            "strategy-service", "order-executor", "order-executor", "risk-manager", "risk-manager", "alert-system",
            "alert-system");

    private final Map<String, Stub> stubs = new ConcurrentHashMap<>();

    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    private volatile CountDownLatch streamGate = new CountDownLatch(1);

    static StubServices start() {
        StubServices services = new StubServices();
        for (String name : NAMES) {
            services.stubs.put(name, new Stub(services.bind(name, 0)));
        }
        return services;
    }

    /** The base URI of a service (its API and, here, its management port). */
    String uri(String name) {
        return "http://127.0.0.1:" + stubs.get(name).port;
    }

    /** Requests the service received, oldest first. */
    List<Received> received(String name) {
        return List.copyOf(stubs.get(name).received);
    }

    /** How many requests reached this path (without query) of the service. */
    int calls(String name, String path) {
        return (int) stubs.get(name).received.stream().filter(request -> request.path().equals(path)).count();
    }

    /** The last request the service received. */
    Received last(String name) {
        List<Received> all = received(name);
        if (all.isEmpty()) {
            throw new AssertionError(name + " received no request");
        }
        return all.get(all.size() - 1);
    }

    void ready(String name, boolean ready) {
        stubs.get(name).ready = ready;
    }

    /** Stops a service: its port refuses connections until {@link #restart}. */
    void stop(String name) {
        stubs.get(name).server.stop(0);
    }

    /** Starts a stopped service again on the same port. */
    void restart(String name) {
        Stub stub = stubs.get(name);
        stub.server = bind(name, stub.port);
    }

    /** Lets every open SSE stream send its second event (and end). */
    void releaseStreams() {
        streamGate.countDown();
        streamGate = new CountDownLatch(1);
    }

    @Override
    public void close() {
        stubs.values().forEach(stub -> stub.server.stop(0));
        executor.shutdownNow();
    }

    private HttpServer bind(String name, int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
            server.createContext("/", exchange -> handle(name, exchange));
            server.setExecutor(executor);
            server.start();
            return server;
        }
        catch (IOException ex) {
            throw new IllegalStateException("Cannot bind stub " + name + " to port " + port, ex);
        }
    }

    private void handle(String name, HttpExchange exchange) throws IOException {
        Stub stub = stubs.get(name);
        String path = exchange.getRequestURI().getRawPath();
        if (path.equals("/actuator/health/readiness")) {
            respond(exchange, stub.ready ? 200 : 503, "{\"status\":\"" + (stub.ready ? "UP" : "DOWN") + "\"}");
            return;
        }
        if (path.equals("/v3/api-docs")) {
            respond(exchange, 200, Files.readString(OpenApiDocuments.committed(APPLICATIONS.get(name))));
            return;
        }
        long bodyBytes;
        try (InputStream body = exchange.getRequestBody()) {
            bodyBytes = body.transferTo(OutputStream.nullOutputStream());
        }
        stub.received.add(new Received(exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(),
                Map.copyOf(exchange.getRequestHeaders()), bodyBytes));
        String last = path.substring(path.lastIndexOf('/') + 1);
        if (last.startsWith("flaky-") && stub.counter(path).incrementAndGet() == 1) {
            respond(exchange, 503, "{\"status\":\"warming up\"}");
        }
        else if (last.startsWith("error-")) {
            respond(exchange, 500, "{\"error\":\"boom\"}");
        }
        else if (last.equals("slow")) {
            sleep(10_000);
            respond(exchange, 200, echo(name, exchange));
        }
        else if (last.equals("stream")) {
            stream(exchange);
        }
        else {
            respond(exchange, 200, echo(name, exchange));
        }
    }

    private void stream(HttpExchange exchange) throws IOException {
        CountDownLatch gate = streamGate;
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write("data: first\n\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            await(gate);
            out.write("data: second\n\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }

    private static String echo(String name, HttpExchange exchange) {
        return "{\"service\":\"" + name + "\",\"method\":\"" + exchange.getRequestMethod() + "\",\"path\":\""
                + exchange.getRequestURI().getRawPath() + "\"}";
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch gate) {
        try {
            gate.await(15, TimeUnit.SECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    /** One request as a service received it. */
    record Received(String method, String path, String query, Map<String, List<String>> headers, long bodyBytes) {

        String header(String name) {
            return headers.entrySet()
                .stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                .map(entry -> entry.getValue().get(0))
                .findFirst()
                .orElse(null);
        }
    }

    private static final class Stub {

        final int port;

        final Queue<Received> received = new ConcurrentLinkedQueue<>();

        final Map<String, AtomicInteger> counters = new ConcurrentHashMap<>();

        volatile HttpServer server;

        volatile boolean ready = true;

        Stub(HttpServer server) {
            this.server = server;
            this.port = server.getAddress().getPort();
        }

        AtomicInteger counter(String path) {
            return counters.computeIfAbsent(path, key -> new AtomicInteger());
        }
    }
}
