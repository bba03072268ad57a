package io.tradewatch.gateway.filter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import io.tradewatch.gateway.config.GatewaySettings;

import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * The first filter of every request: accepts the client's {@code X-Request-Id} (or makes one), passes it
 * to the downstream service, returns it on the response and logs one access line per request with it.
 * The access line names method, path (never the query, which could hold secrets), status, route and
 * duration, and no header; probes and scrapes on the management port are not logged.
 */
@Component
class RequestIdFilter implements WebFilter, Ordered {

    static final int ORDER = Ordered.HIGHEST_PRECEDENCE;

    private static final Logger log = LoggerFactory.getLogger("io.tradewatch.gateway.access");

    private final boolean accessLog;

    private final ManagementPort managementPort;

    RequestIdFilter(GatewaySettings settings, ManagementPort managementPort) {
        this.accessLog = settings.accessLog();
        this.managementPort = managementPort;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long start = System.nanoTime();
        String id = RequestIds.acceptOrGenerate(exchange.getRequest().getHeaders().getFirst(RequestIds.HEADER));
        ServerHttpRequest request = exchange.getRequest()
            .mutate()
            .headers(headers -> headers.set(RequestIds.HEADER, id))
            .build();
        ServerWebExchange traced = exchange.mutate().request(request).build();
        traced.getAttributes().put(RequestIds.ATTRIBUTE, id);
        traced.getAttributes().put(RequestIds.PATH_ATTRIBUTE, request.getPath().value());
        traced.getResponse().beforeCommit(() -> {
            traced.getResponse().getHeaders().set(RequestIds.HEADER, id);
            return Mono.empty();
        });
        Mono<Void> result = chain.filter(traced);
        if (!accessLog || managementPort.isManagementRequest(exchange)) {
            return result;
        }
        return result.doFinally(signal -> logAccess(traced, id, start));
    }

    private static void logAccess(ServerWebExchange exchange, String id, long start) {
        if (!log.isInfoEnabled()) {
            return;
        }
        HttpStatusCode status = exchange.getResponse().getStatusCode();
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        long micros = (System.nanoTime() - start) / 1_000;
        log.atInfo()
            .setMessage("{} {} -> {} via {} in {} µs, request id {}")
            .addArgument(exchange.getRequest().getMethod())
            .addArgument(exchange.getRequest().getPath().value())
            .addArgument((status != null) ? status.value() : 0)
            .addArgument((route != null) ? route.getId() : "gateway")
            .addArgument(micros)
            .addArgument(id)
            .addKeyValue("requestId", id)
            .log();
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
