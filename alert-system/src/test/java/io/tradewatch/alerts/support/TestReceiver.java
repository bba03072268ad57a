package io.tradewatch.alerts.support;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on 127.0.0.1 that stands in for webhook and Slack receivers. Each path can be scripted:
 * a sequence of statuses (the last one repeats), a hang (the request is held open until {@link #close()}),
 * or a redirect. Every request is recorded with its headers and exact body bytes.
 */
public final class TestReceiver implements AutoCloseable {

    private final HttpServer server;

    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    private final List<Request> requests = new CopyOnWriteArrayList<>();

    private final Map<String, Deque<Integer>> scripts = new ConcurrentHashMap<>();

    private final Map<String, String> redirects = new ConcurrentHashMap<>();

    private final Map<String, Boolean> hanging = new ConcurrentHashMap<>();

    private final AtomicInteger inFlight = new AtomicInteger();

    private final CountDownLatch release = new CountDownLatch(1);

    public TestReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 100);
        }
        catch (IOException ex) {
            throw new IllegalStateException("cannot start the test receiver on 127.0.0.1", ex);
        }
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Answers {@code path} with these statuses in turn; the last one repeats. */
    public void respond(String path, Integer... statuses) {
        scripts.put(path, new ArrayDeque<>(List.of(statuses)));
    }

    /** Holds every request to {@code path} open without answering until the receiver closes. */
    public void hang(String path) {
        hanging.put(path, true);
    }

    /** Answers {@code path} with 302 to {@code location}. */
    public void redirect(String path, String location) {
        redirects.put(path, location);
    }

    /** Requests to paths starting with {@code prefix} whose body contains {@code text}, in arrival order. */
    public List<Request> requests(String prefix, String text) {
        return requests.stream().filter(request -> request.path().startsWith(prefix))
            .filter(request -> request.text().contains(text)).toList();
    }

    public List<Request> requests(Predicate<Request> filter) {
        return requests.stream().filter(filter).toList();
    }

    /** Requests being held open by {@link #hang(String)} right now. */
    public int hangingNow() {
        return inFlight.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        Map<String, String> headers = new ConcurrentHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), String.join(",", values)));
        requests.add(new Request(path, headers, body, System.nanoTime()));
        if (hanging.containsKey(path)) {
            inFlight.incrementAndGet();
            try {
                release.await(60, TimeUnit.SECONDS);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            finally {
                inFlight.decrementAndGet();
            }
            exchange.close();
            return;
        }
        String location = redirects.get(path);
        if (location != null) {
            exchange.getResponseHeaders().set("Location", location);
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
            return;
        }
        int status = next(path);
        byte[] answer = ("{\"status\":" + status + "}").getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
    }

    private int next(String path) {
        Deque<Integer> script = scripts.get(path);
        if (script == null) {
            return 200;
        }
        synchronized (script) {
            return (script.size() > 1) ? script.pollFirst() : script.peekFirst();
        }
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
        executor.shutdownNow();
    }

    /** One recorded request. */
    public record Request(String path, Map<String, String> headers, byte[] body, long receivedNanos) {

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }

    /** Every recorded request, for failure messages. */
    public List<String> summary() {
        List<String> lines = new ArrayList<>();
        requests.forEach(request -> lines.add(request.path() + " " + request.text()));
        return lines;
    }
}
