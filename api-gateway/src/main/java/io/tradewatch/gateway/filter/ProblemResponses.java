package io.tradewatch.gateway.filter;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Writes RFC 9457 {@code application/problem+json} answers from filters and security handlers, which run
 * outside the controllers where Spring's own problem details apply. Every answer carries the request id.
 */
@Component
public class ProblemResponses {

    /** Where the suite's problem types live; the slug names the problem. */
    public static final String TYPE_BASE = "https://tradewatch.io/problems/";

    private final JsonMapper json;

    ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    /**
     * Answers to a request whose body was never read close the connection: the unread body must not be
     * taken for the start of the next request on it (seen as clients hanging on their next call).
     */
    public static void closeIfBodyUnread(HttpHeaders request, HttpHeaders response) {
        if (request.getContentLength() > 0 || request.containsHeader(HttpHeaders.TRANSFER_ENCODING)) {
            response.set(HttpHeaders.CONNECTION, "close");
        }
    }

    /** The problem type URI of a slug such as {@code rate-limited}. */
    public static URI type(String slug) {
        return URI.create(TYPE_BASE + slug);
    }

    /** Answers with a problem; headers the caller set on the response (Retry-After, ...) are kept. */
    public Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String slug, String title, String detail) {
        return write(exchange, status, slug, title, detail, Map.of());
    }

    /** Answers with a problem with extra members (such as {@code reason} or {@code service}). */
    public Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String slug, String title, String detail,
            Map<String, Object> extra) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE_BASE + slug);
        body.put("title", title);
        body.put("status", status.value());
        body.put("detail", detail);
        body.put("instance", exchange.getRequest().getPath().value());
        body.put("requestId", RequestIds.of(exchange));
        body.putAll(extra);
        byte[] bytes = json.writeValueAsBytes(body);
        closeIfBodyUnread(exchange.getRequest().getHeaders(), response.getHeaders());
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getHeaders().setContentLength(bytes.length);
        DataBuffer buffer = response.bufferFactory().wrap(bytes);
        return response.writeWith(Mono.just(buffer));
    }
}
