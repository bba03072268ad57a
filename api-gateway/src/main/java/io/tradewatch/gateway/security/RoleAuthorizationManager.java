package io.tradewatch.gateway.security;

import reactor.core.publisher.Mono;

import io.tradewatch.gateway.domain.AccessPolicy;
import io.tradewatch.gateway.domain.Role;

import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.authorization.AuthorizationContext;

/** Grants a call when the caller's role includes the role {@link AccessPolicy} requires for it. */
final class RoleAuthorizationManager implements ReactiveAuthorizationManager<AuthorizationContext> {

    private static final AuthorizationDecision DENIED = new AuthorizationDecision(false);

    private static final AuthorizationDecision GRANTED = new AuthorizationDecision(true);

    @Override
    public Mono<AuthorizationResult> authorize(Mono<Authentication> authentication, AuthorizationContext context) {
        ServerHttpRequest request = context.getExchange().getRequest();
        Role required = AccessPolicy.requiredRole(request.getMethod().name(),
                request.getPath().pathWithinApplication().value());
        return authentication.filter(Authentication::isAuthenticated)
            .map(caller -> GatewayAuthentication.roleOf(caller).filter(role -> role.includes(required)).isPresent()
                    ? GRANTED : DENIED)
            .cast(AuthorizationResult.class)
            .defaultIfEmpty(DENIED);
    }
}
