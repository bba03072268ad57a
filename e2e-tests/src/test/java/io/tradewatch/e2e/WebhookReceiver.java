package io.tradewatch.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;

/**
 * The alert webhook a user of alert-system runs: an HTTP server on 127.0.0.1 that keeps every delivery's raw
 * body and headers and checks its signature as docs/services/alert-system.md says a receiver should (HMAC-SHA256
 * of the exact body bytes, compared in constant time).
 */
final class WebhookReceiver implements AutoCloseable {

    static final String PATH = "/hooks/tradewatch";

    private final HttpServer server;

    private final byte[] secret;

    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();

    private WebhookReceiver(HttpServer server, byte[] secret) {
        this.server = server;
        this.secret = secret;
    }

    static WebhookReceiver start(String secret) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        WebhookReceiver receiver = new WebhookReceiver(server, secret.getBytes(StandardCharsets.UTF_8));
        server.createContext(PATH, receiver::receive);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
        return receiver;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PATH;
    }

    /** Every delivery received so far, in arrival order. */
    List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange; InputStream body = exchange.getRequestBody()) {
            byte[] bytes = body.readAllBytes();
            String signature = exchange.getRequestHeaders().getFirst("X-Tradewatch-Signature");
            deliveries.add(new Delivery(bytes, signature, verifies(bytes, signature),
                    exchange.getRequestHeaders().getFirst("X-Tradewatch-Delivery")));
            exchange.sendResponseHeaders(204, -1);
        }
    }

    private boolean verifies(byte[] body, String signature) {
        if (signature == null || !signature.startsWith("sha256=")) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] expected = mac.doFinal(body);
            byte[] given = HexFormat.of().parseHex(signature.substring("sha256=".length()));
            return MessageDigest.isEqual(expected, given);
        }
        catch (GeneralSecurityException | IllegalArgumentException ex) {
            return false;
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** One POST: its exact body, its signature header and whether that signature verified with the secret. */
    record Delivery(byte[] body, String signature, boolean signatureValid, String deliveryId) {

        JsonNode json() {
            return Json.MAPPER.readTree(body);
        }

        JsonNode alert() {
            return json().path("alert");
        }
    }
}
