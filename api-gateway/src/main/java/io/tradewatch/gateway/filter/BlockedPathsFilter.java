package io.tradewatch.gateway.filter;

import java.util.Locale;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Answers 404 before authentication for anything that looks like a management endpoint (any path segment
 * {@code actuator}, however encoded) and for the gateway's internal fallback paths, so no actuator of any
 * service is reachable through the gateway even if a route or a downstream got that wrong.
 */
@Component
class BlockedPathsFilter implements WebFilter, Ordered {

    /** Where circuit breaker fallbacks are forwarded inside the gateway; never reachable from outside. */
    static final String FALLBACK_PREFIX = "/gateway-fallback";

    private final ProblemResponses problems;

    private final ManagementPort managementPort;

    BlockedPathsFilter(ProblemResponses problems, ManagementPort managementPort) {
        this.problems = problems;
        this.managementPort = managementPort;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (managementPort.isManagementRequest(exchange)
                || !blocked(exchange.getRequest().getPath().pathWithinApplication())) {
            return chain.filter(exchange);
        }
        return problems.write(exchange, HttpStatus.NOT_FOUND, "not-found", "Not Found",
                "There is no such resource on this gateway.");
    }

    static boolean blocked(PathContainer path) {
        boolean first = true;
        for (PathContainer.Element element : path.elements()) {
            if (element instanceof PathContainer.PathSegment segment) {
                String value = segment.valueToMatch().toLowerCase(Locale.ROOT);
                if (value.equals("actuator") || (first && value.equals(FALLBACK_PREFIX.substring(1)))) {
                    return true;
                }
                first = false;
            }
        }
        return false;
    }

    @Override
    public int getOrder() {
        return RequestIdFilter.ORDER + 1;
    }
}
