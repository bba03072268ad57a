package io.tradewatch.gateway.domain;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the rate limiter does with a request when Redis cannot be asked: by default it lets the request
 * through (fail open), except for the methods configured per route, which are refused (fail closed),
 * such as {@code POST} on the order-executor route, so no order is placed without its rate limit.
 */
public final class RedisOutagePolicy {

    private final Map<String, Set<String>> failClosedMethodsByRoute;

    public RedisOutagePolicy(Map<String, ? extends Iterable<String>> failClosedMethodsByRoute) {
        this.failClosedMethodsByRoute = failClosedMethodsByRoute.entrySet()
            .stream()
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, entry -> upperCase(entry.getValue())));
    }

    /** True when a {@code method} request on {@code routeId} must be refused while Redis is unavailable. */
    public boolean failsClosed(String routeId, String method) {
        return failClosedMethodsByRoute.getOrDefault(routeId, Set.of()).contains(method);
    }

    private static Set<String> upperCase(Iterable<String> methods) {
        Set<String> upper = new HashSet<>();
        methods.forEach(method -> upper.add(method.trim().toUpperCase(Locale.ROOT)));
        return Set.copyOf(upper);
    }
}
