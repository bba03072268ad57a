package io.tradewatch.gateway.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import io.tradewatch.gateway.domain.Role;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Turns a validated JWT into a caller: {@code jwt:<subject>} with the highest role named in the roles
 * claim (a dotted path such as {@code realm_access.roles}; a list, or a string separated by spaces or
 * commas; case-insensitive, {@code ROLE_} optional). Unknown role names are ignored.
 */
final class JwtRolesConverter implements Converter<Jwt, Mono<AbstractAuthenticationToken>> {

    private final List<String> claimPath;

    JwtRolesConverter(String rolesClaim) {
        this.claimPath = List.of(rolesClaim.split("\\."));
    }

    @Override
    public Mono<AbstractAuthenticationToken> convert(Jwt jwt) {
        Role role = highestRole(claim(jwt.getClaims())).orElse(null);
        String subject = (jwt.getSubject() != null) ? jwt.getSubject() : "unknown";
        GatewayPrincipal principal = new GatewayPrincipal("jwt:" + subject, subject, role, GatewayPrincipal.Source.JWT);
        return Mono.just(new GatewayAuthentication(principal));
    }

    private @Nullable Object claim(Map<String, Object> claims) {
        Object current = claims;
        for (String name : claimPath) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(name);
        }
        return current;
    }

    static Optional<Role> highestRole(@Nullable Object value) {
        Collection<?> names = switch (value) {
            case null -> List.of();
            case Collection<?> collection -> collection;
            case String text -> Arrays.asList(text.split("[\\s,]+"));
            default -> List.of(value);
        };
        return names.stream()
            .map(String::valueOf)
            .map(Role::parse)
            .flatMap(Optional::stream)
            .max(Enum::compareTo);
    }
}
