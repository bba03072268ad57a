package io.tradewatch.gateway.security;

import java.util.Optional;

import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * What a downstream service learns about the caller: never the credential (X-API-Key and Authorization
 * are removed), but {@code X-Tradewatch-Principal} and {@code X-Tradewatch-Role} as the gateway
 * established them (any a client sent itself are dropped first).
 */
@Component
class DownstreamIdentityFilter implements GlobalFilter, Ordered {

    static final String PRINCIPAL_HEADER = "X-Tradewatch-Principal";

    static final String ROLE_HEADER = "X-Tradewatch-Role";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return exchange.getPrincipal()
            .map(GatewayAuthentication::callerOf)
            .defaultIfEmpty(Optional.empty())
            .flatMap(caller -> {
                ServerHttpRequest request = exchange.getRequest().mutate().headers(headers -> {
                    headers.remove(ApiKeyCredentials.HEADER);
                    headers.remove(HttpHeaders.AUTHORIZATION);
                    headers.remove(PRINCIPAL_HEADER);
                    headers.remove(ROLE_HEADER);
                    caller.ifPresent(who -> {
                        headers.set(PRINCIPAL_HEADER, who.id());
                        if (who.role() != null) {
                            headers.set(ROLE_HEADER, who.role().name());
                        }
                    });
                }).build();
                return chain.filter(exchange.mutate().request(request).build());
            });
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}
