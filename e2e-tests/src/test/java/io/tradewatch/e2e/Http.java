package io.tradewatch.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/** A small JSON-over-HTTP client for the gateway and the management ports, one request at a time. */
final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
        .connectTimeout(Duration.ofSeconds(5))
        .version(HttpClient.Version.HTTP_1_1)
        .build();

    private Http() {
    }

    static Answer get(String url, @Nullable String apiKey) {
        return send("GET", url, apiKey, null);
    }

    /** Sends {@code body} (serialized to JSON unless it is a String) with the API key, if any. */
    static Answer send(String method, String url, @Nullable String apiKey, @Nullable Object body) {
        return send(method, url, (apiKey != null) ? Map.of("X-API-Key", apiKey) : Map.of(), body);
    }

    /** Sends {@code body} (serialized to JSON unless it is a String) with the given headers. */
    static Answer send(String method, String url, Map<String, String> headers, @Nullable Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(15));
        headers.forEach(request::header);
        if (body != null) {
            String text = (body instanceof String string) ? string : Json.MAPPER.writeValueAsString(body);
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(text));
        }
        else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), method + " " + url,
                    response.headers().firstValue("X-Request-Id").orElse(null));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(method + " " + url + " failed", ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    /** The status (or -1 when nothing answers) of a GET. */
    static int status(String url) {
        try {
            return get(url, null).status();
        }
        catch (UncheckedIOException ex) {
            return -1;
        }
    }

    /**
     * A response: its status and body, the request it answers (for assertion messages) and the request id the
     * gateway answered with, if any.
     */
    record Answer(int status, String body, String request, @Nullable String requestId) {

        JsonNode json() {
            return Json.MAPPER.readTree(body);
        }

        @Override
        public String toString() {
            return request + " -> " + status + " " + body;
        }
    }
}
