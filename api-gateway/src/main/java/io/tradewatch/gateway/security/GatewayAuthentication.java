package io.tradewatch.gateway.security;

import java.security.Principal;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import io.tradewatch.gateway.domain.Role;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** An authenticated caller; carries no credential (the key or token is dropped once checked). */
public final class GatewayAuthentication extends AbstractAuthenticationToken {

    private final GatewayPrincipal principal;

    GatewayAuthentication(GatewayPrincipal principal) {
        super((principal.role() != null) ? List.of(new SimpleGrantedAuthority(principal.role().authority()))
                : List.of());
        this.principal = principal;
        setAuthenticated(true);
    }

    @Override
    public GatewayPrincipal getPrincipal() {
        return principal;
    }

    @Override
    public @Nullable Object getCredentials() {
        return null;
    }

    /** The caller behind a principal from {@code exchange.getPrincipal()}, if the gateway authenticated it. */
    public static Optional<GatewayPrincipal> callerOf(@Nullable Principal principal) {
        return (principal instanceof GatewayAuthentication authentication) ? Optional.of(authentication.getPrincipal())
                : Optional.empty();
    }

    /** The role of an authenticated caller, if it holds one. */
    static Optional<Role> roleOf(Principal principal) {
        return callerOf(principal).map(GatewayPrincipal::role);
    }
}
