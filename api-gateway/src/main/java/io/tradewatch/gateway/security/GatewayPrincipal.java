package io.tradewatch.gateway.security;

import java.security.Principal;

import org.jspecify.annotations.Nullable;

import io.tradewatch.gateway.domain.Role;

/**
 * Who is calling, whatever the credential: the id rate limits and logs use (an API key's public id,
 * {@code bootstrap}, or {@code jwt:<subject>}), the owner's name and the highest role held (none when a
 * token names no known role).
 */
public record GatewayPrincipal(String id, String displayName, @Nullable Role role, Source source) implements Principal {

    /** Where the identity came from. */
    public enum Source { API_KEY, BOOTSTRAP_KEY, JWT }

    @Override
    public String getName() {
        return id;
    }
}
