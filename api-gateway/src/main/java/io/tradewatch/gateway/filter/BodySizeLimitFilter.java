package io.tradewatch.gateway.filter;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.tradewatch.gateway.config.GatewaySettings;

import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Refuses request bodies above the configured size with 413 before anything buffers them: at once from
 * {@code Content-Length}, and while streaming for chunked bodies (the body fails as soon as it passes the
 * limit, so nothing larger is ever forwarded).
 */
@Component
class BodySizeLimitFilter implements WebFilter, Ordered {

    private final long defaultMax;

    private final List<Map.Entry<String, Long>> byPrefix;

    private final ProblemResponses problems;

    private final ManagementPort managementPort;

    BodySizeLimitFilter(GatewaySettings settings, ProblemResponses problems, ManagementPort managementPort) {
        this.defaultMax = settings.bodyLimit().defaultMax().toBytes();
        this.byPrefix = settings.bodyLimit()
            .byPathPrefix()
            .entrySet()
            .stream()
            .map(entry -> Map.entry(entry.getKey(), entry.getValue().toBytes()))
            .sorted(Comparator.comparing((Map.Entry<String, Long> entry) -> entry.getKey().length()).reversed())
            .toList();
        this.problems = problems;
        this.managementPort = managementPort;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        HttpHeaders headers = exchange.getRequest().getHeaders();
        long declared = headers.getContentLength();
        if ((declared <= 0 && !headers.containsHeader(HttpHeaders.TRANSFER_ENCODING))
                || managementPort.isManagementRequest(exchange)) {
            return chain.filter(exchange);
        }
        long max = limitFor(exchange.getRequest().getPath().value());
        if (declared > max) {
            return problems.write(exchange, HttpStatus.CONTENT_TOO_LARGE, "body-too-large", "Request body too large",
                    "The request body has " + declared + " bytes; this path accepts at most " + max
                            + ". Nothing was forwarded.");
        }
        if (declared > 0) {
            return chain.filter(exchange);
        }
        return chain.filter(exchange.mutate().request(new LimitedBody(exchange, max)).build());
    }

    long limitFor(String path) {
        for (Map.Entry<String, Long> entry : byPrefix) {
            if (path.startsWith(entry.getKey())) {
                return entry.getValue();
            }
        }
        return defaultMax;
    }

    @Override
    public int getOrder() {
        return RequestIdFilter.ORDER + 2;
    }

    /** A chunked body that fails with 413 once it passes the limit. */
    private static final class LimitedBody extends ServerHttpRequestDecorator {

        private final long max;

        private final HttpHeaders responseHeaders;

        LimitedBody(ServerWebExchange exchange, long max) {
            super(exchange.getRequest());
            this.max = max;
            this.responseHeaders = exchange.getResponse().getHeaders();
        }

        @Override
        public Flux<DataBuffer> getBody() {
            return Flux.defer(() -> {
                AtomicLong seen = new AtomicLong();
                return super.getBody().handle((buffer, sink) -> {
                    if (seen.addAndGet(buffer.readableByteCount()) > max) {
                        DataBufferUtils.release(buffer);
                        responseHeaders.set(HttpHeaders.CONNECTION, "close");
                        sink.error(new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE,
                                "The request body is larger than the " + max + " bytes this path accepts; nothing was forwarded."));
                        return;
                    }
                    sink.next(buffer);
                });
            });
        }
    }
}
