package io.tradewatch.gateway.security;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import io.tradewatch.gateway.domain.AccessPolicy;
import io.tradewatch.gateway.domain.Role;
import io.tradewatch.gateway.filter.ProblemResponses;
import io.tradewatch.gateway.filter.RequestIds;
import io.tradewatch.metrics.GatewayMetrics;
import io.tradewatch.metrics.catalog.TagValues.AuthFailure;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;

/**
 * Answers refused credentials (401) and insufficient roles (403) as problem+json, counts each refusal by
 * reason in {@code trading_gateway_auth_failures_total}, and logs it with the request id but never the
 * credential. A key store or JWK set that cannot be reached is 503, not a refusal.
 */
final class AuthProblems implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

    private static final Logger log = LoggerFactory.getLogger(AuthProblems.class);

    private final ProblemResponses problems;

    private final GatewayMetrics metrics;

    private final boolean jwtEnabled;

    AuthProblems(ProblemResponses problems, GatewayMetrics metrics, boolean jwtEnabled) {
        this.problems = problems;
        this.metrics = metrics;
        this.jwtEnabled = jwtEnabled;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException ex) {
        if (ex instanceof AuthenticationServiceException) {
            log.warn("Could not check the credentials of {} {} (request id {}): {}", method(exchange), path(exchange),
                    RequestIds.of(exchange), rootCause(ex));
            exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, "5");
            return problems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, "credentials-unverifiable",
                    "Credentials cannot be checked", "The gateway cannot reach the store that checks these credentials;"
                            + " nothing was forwarded. Retry shortly; operators: check Redis (or the JWK set URI).");
        }
        AuthFailure reason = classify(exchange, ex);
        metrics.authFailure(reason);
        if (log.isInfoEnabled() && reason != AuthFailure.MISSING_CREDENTIALS) {
            log.info("Refused {} {} with 401: {} (request id {})", method(exchange), path(exchange), reason,
                    RequestIds.of(exchange));
        }
        exchange.getResponse()
            .getHeaders()
            .add(HttpHeaders.WWW_AUTHENTICATE, "ApiKey header=\"" + ApiKeyCredentials.HEADER + "\"");
        if (jwtEnabled) {
            exchange.getResponse().getHeaders().add(HttpHeaders.WWW_AUTHENTICATE, bearerChallenge(reason));
        }
        return problems.write(exchange, HttpStatus.UNAUTHORIZED, "unauthenticated", "Unauthenticated",
                detail(reason), Map.of("reason", reason.name()));
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        metrics.authFailure(AuthFailure.FORBIDDEN);
        Role required = AccessPolicy.requiredRole(method(exchange), path(exchange));
        return exchange.getPrincipal().map(principal -> GatewayAuthentication.callerOf(principal)
                .map(caller -> caller.id() + " (" + ((caller.role() != null) ? caller.role() : "no role") + ")")
                .orElse(principal.getName()))
            .defaultIfEmpty("unknown caller")
            .flatMap(caller -> {
                log.info("Refused {} {} with 403: {} lacks role {} (request id {})", method(exchange), path(exchange),
                        caller, required, RequestIds.of(exchange));
                return problems.write(exchange, HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                        "This call needs the role " + required + " or higher; nothing was forwarded.",
                        Map.of("reason", AuthFailure.FORBIDDEN.name(), "requiredRole", required.name()));
            });
    }

    private AuthFailure classify(ServerWebExchange exchange, AuthenticationException ex) {
        if (ex instanceof ApiKeyRejectedException rejected) {
            return rejected.reason();
        }
        if (ex instanceof OAuth2AuthenticationException) {
            String message = String.valueOf(ex.getMessage());
            return message.contains("expired") ? AuthFailure.EXPIRED_TOKEN : AuthFailure.INVALID_TOKEN;
        }
        return exchange.getRequest().getHeaders().containsHeader(HttpHeaders.AUTHORIZATION) ? AuthFailure.INVALID_TOKEN
                : AuthFailure.MISSING_CREDENTIALS;
    }

    private String detail(AuthFailure reason) {
        return switch (reason) {
            case MISSING_CREDENTIALS -> jwtEnabled ? "Send an API key in X-API-Key or a bearer token in Authorization."
                    : "Send an API key in X-API-Key.";
            case INVALID_KEY -> "The API key is not valid. Ask an admin for a key.";
            case REVOKED_KEY -> "The API key was revoked. Ask an admin for a new key.";
            case EXPIRED_TOKEN -> "The bearer token has expired. Obtain a new one.";
            case INVALID_TOKEN -> jwtEnabled ? "The bearer token is not valid for this gateway."
                    : "Bearer tokens are not accepted here (no JWT issuer is configured). Send an API key in X-API-Key.";
            case FORBIDDEN -> "Forbidden.";
        };
    }

    private static String bearerChallenge(AuthFailure reason) {
        return switch (reason) {
            case EXPIRED_TOKEN, INVALID_TOKEN -> "Bearer error=\"invalid_token\"";
            default -> "Bearer";
        };
    }

    private static String method(ServerWebExchange exchange) {
        return exchange.getRequest().getMethod().name();
    }

    private static String path(ServerWebExchange exchange) {
        ServerHttpRequest request = exchange.getRequest();
        return request.getPath().pathWithinApplication().value();
    }

    private static String rootCause(Throwable ex) {
        Throwable root = ex;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
