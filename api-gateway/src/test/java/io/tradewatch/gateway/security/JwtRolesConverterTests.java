package io.tradewatch.gateway.security;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.tradewatch.gateway.domain.Role;

import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

class JwtRolesConverterTests {

    @Test
    void theHighestKnownRoleOfTheClaimWins() {
        assertThat(JwtRolesConverter.highestRole(List.of("viewer", "ROLE_TRADER", "auditor"))).contains(Role.TRADER);
        assertThat(JwtRolesConverter.highestRole("viewer admin")).contains(Role.ADMIN);
        assertThat(JwtRolesConverter.highestRole("viewer,trader")).contains(Role.TRADER);
        assertThat(JwtRolesConverter.highestRole(List.of("auditor"))).isEmpty();
        assertThat(JwtRolesConverter.highestRole(null)).isEmpty();
    }

    @Test
    void aDottedClaimPathReachesNestedRoles() {
        Jwt jwt = Jwt.withTokenValue("t")
            .header("alg", "RS256")
            .subject("erin")
            .claim("realm_access", Map.of("roles", List.of("trader")))
            .issuedAt(Instant.now())
            .expiresAt(Instant.now().plusSeconds(60))
            .build();
        GatewayAuthentication authentication = (GatewayAuthentication) new JwtRolesConverter("realm_access.roles")
            .convert(jwt)
            .block();
        assertThat(authentication.getPrincipal().id()).isEqualTo("jwt:erin");
        assertThat(authentication.getPrincipal().role()).isEqualTo(Role.TRADER);
        assertThat(authentication.getCredentials()).isNull();
    }
}
