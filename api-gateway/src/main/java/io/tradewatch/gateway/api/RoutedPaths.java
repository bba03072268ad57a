package io.tradewatch.gateway.api;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.springframework.cloud.gateway.config.GatewayProperties;
import org.springframework.cloud.gateway.handler.predicate.PredicateDefinition;
import org.springframework.cloud.gateway.route.RouteDefinition;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The API paths the gateway's configured routes send to one downstream service: the {@code Path} predicates of
 * every route whose URI is the service's. A documented path outside them cannot be called through the gateway.
 */
final class RoutedPaths implements Predicate<String> {

    private final List<PathPattern> patterns;

    private RoutedPaths(List<PathPattern> patterns) {
        this.patterns = List.copyOf(patterns);
    }

    static RoutedPaths to(URI service, GatewayProperties gateway) {
        List<PathPattern> patterns = new ArrayList<>();
        for (RouteDefinition route : gateway.getRoutes()) {
            if (!service.equals(route.getUri())) {
                continue;
            }
            for (PredicateDefinition predicate : route.getPredicates()) {
                if (predicate.getName().equals("Path")) {
                    predicate.getArgs().values().forEach(pattern -> patterns.add(PathPatternParser.defaultInstance.parse(pattern)));
                }
            }
        }
        return new RoutedPaths(patterns);
    }

    /** Whether a documented path (templated, such as {@code /api/orders/{id}}) reaches this service. */
    @Override
    public boolean test(String documentedPath) {
        PathContainer path = PathContainer.parsePath(documentedPath);
        return patterns.stream().anyMatch(pattern -> pattern.matches(path));
    }
}
