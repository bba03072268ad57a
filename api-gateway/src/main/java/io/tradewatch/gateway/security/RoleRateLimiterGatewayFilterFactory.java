package io.tradewatch.gateway.security;

import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import io.tradewatch.gateway.config.GatewaySettings;
import io.tradewatch.gateway.domain.RedisOutagePolicy;
import io.tradewatch.gateway.domain.RetryAfter;
import io.tradewatch.gateway.domain.Role;
import io.tradewatch.gateway.filter.ProblemResponses;
import io.tradewatch.gateway.store.RateLimitBuckets;
import io.tradewatch.gateway.store.RedisOutageReporter;
import io.tradewatch.metrics.GatewayMetrics;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.cloud.gateway.support.HasRouteId;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * {@code RoleRateLimiter}: one token bucket per caller (API key id, JWT subject or the bootstrap key), sized
 * by the caller's role, kept by Spring Cloud Gateway's {@link RedisRateLimiter}. Over the limit: 429
 * problem+json with Retry-After, counted per route. Redis unavailable: the route's configured methods
 * fail closed (503), everything else passes without a limit.
 */
@Component
class RoleRateLimiterGatewayFilterFactory
        extends AbstractGatewayFilterFactory<RoleRateLimiterGatewayFilterFactory.Config> {

    private final RedisRateLimiter limiter;

    private final RedisOutagePolicy outagePolicy;

    private final RedisOutageReporter outages;

    private final GatewayMetrics metrics;

    private final ProblemResponses problems;

    private final Map<Role, GatewaySettings.Limit> limits;

    RoleRateLimiterGatewayFilterFactory(RedisRateLimiter limiter, RedisOutageReporter outages, GatewayMetrics metrics,
            ProblemResponses problems, GatewaySettings settings) {
        super(Config.class);
        this.limiter = limiter;
        this.outagePolicy = new RedisOutagePolicy(settings.rateLimits().failClosed());
        this.outages = outages;
        this.metrics = metrics;
        this.problems = problems;
        this.limits = settings.rateLimits().roles();
    }

    @Override
    public GatewayFilter apply(Config config) {
        String routeId = (config.getRouteId() != null) ? config.getRouteId() : "unknown";
        return (exchange, chain) -> exchange.getPrincipal()
            .map(GatewayAuthentication::callerOf)
            .defaultIfEmpty(Optional.empty())
            .flatMap(caller -> limit(exchange, chain, routeId, caller.orElse(null)));
    }

    private Mono<Void> limit(ServerWebExchange exchange, GatewayFilterChain chain, String routeId,
            @Nullable GatewayPrincipal caller) {
        Role role = (caller != null && caller.role() != null) ? caller.role() : Role.VIEWER;
        String callerId = (caller != null) ? caller.id() : "anonymous";
        return limiter.isAllowed(RateLimitBuckets.configId(role), callerId).flatMap(response -> {
            if (redisUnavailable(response)) {
                return onRedisUnavailable(exchange, chain, routeId);
            }
            outages.available();
            HttpHeaders headers = exchange.getResponse().getHeaders();
            response.getHeaders().forEach(headers::set);
            if (response.isAllowed()) {
                return chain.filter(exchange);
            }
            return tooManyRequests(exchange, routeId, role);
        });
    }

    /** SCG's limiter answers "allowed, -1 tokens left" when its Redis call failed or timed out. */
    private static boolean redisUnavailable(RateLimiter.Response response) {
        return "-1".equals(response.getHeaders().get(RedisRateLimiter.REMAINING_HEADER));
    }

    private Mono<Void> onRedisUnavailable(ServerWebExchange exchange, GatewayFilterChain chain, String routeId) {
        String method = exchange.getRequest().getMethod().name();
        boolean failClosed = outagePolicy.failsClosed(routeId, method);
        outages.unavailable(routeId, method, failClosed);
        if (!failClosed) {
            return chain.filter(exchange);
        }
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, "5");
        return problems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, "rate-limiter-unavailable",
                "Rate limiter unavailable", "The rate limiter's store (Redis) cannot be reached and " + method
                        + " on this route is refused without a rate limit. Nothing was forwarded (no order was placed);"
                        + " retry when GET /api/status and the gateway's health show Redis back.",
                Map.of("route", routeId));
    }

    private Mono<Void> tooManyRequests(ServerWebExchange exchange, String routeId, Role role) {
        metrics.rateLimited(routeId);
        GatewaySettings.Limit limit = limits.get(role);
        long retryAfter = RetryAfter.seconds(limit.replenishRate(), limit.requestedTokens());
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter));
        return problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests",
                "The " + role + " rate limit (" + limit.replenishRate() + " requests/s, bursts of " + limit.burstCapacity()
                        + ") is used up; nothing was forwarded. Retry after " + retryAfter + " s.",
                Map.of("route", routeId, "retryAfterSeconds", retryAfter));
    }

    /** No arguments: limits come from {@code tradewatch.gateway.rate-limits}; the route id is set by SCG. */
    public static class Config implements HasRouteId {

        private @Nullable String routeId;

        @Override
        public void setRouteId(String routeId) {
            this.routeId = routeId;
        }

        @Override
        public @Nullable String getRouteId() {
            return routeId;
        }
    }
}
