package io.tradewatch.gateway.security;

import java.util.List;

import reactor.core.publisher.Mono;

import io.tradewatch.gateway.config.GatewaySettings;
import io.tradewatch.gateway.filter.ManagementPort;
import io.tradewatch.gateway.filter.ProblemResponses;
import io.tradewatch.metrics.GatewayMetrics;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.AuthenticationWebFilter;
import org.springframework.security.web.server.authentication.ServerAuthenticationEntryPointFailureHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.server.ServerWebExchange;

/**
 * The gateway's security: stateless, every request authenticated by {@code X-API-Key} or (when an issuer
 * or JWK set is configured) a JWT bearer token, then authorized by role. Refusals are problem+json.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String JWT_PREFIX = "spring.security.oauth2.resourceserver.jwt.";

    @Bean
    SecurityWebFilterChain gatewaySecurity(ServerHttpSecurity http, ApiKeyAuthenticationManager apiKeys,
            ProblemResponses problemResponses, GatewayMetrics metrics, GatewaySettings settings,
            ObjectProvider<ReactiveJwtDecoder> jwtDecoders, Environment environment,
            ManagementPort managementPort) {
        ReactiveJwtDecoder jwtDecoder = jwtDecoders.getIfAvailable();
        if (jwtDecoder != null) {
            requireIssuerAndAudience(environment);
        }
        AuthProblems problems = new AuthProblems(problemResponses, metrics, jwtDecoder != null);
        // The management server runs this chain too; probes and scrapes there stay open (that port is
        // never routed and is reachable only inside the cluster).
        http.securityMatcher(exchange -> managementPort.isManagementRequest(exchange)
                ? ServerWebExchangeMatcher.MatchResult.notMatch() : ServerWebExchangeMatcher.MatchResult.match())
            .csrf(ServerHttpSecurity.CsrfSpec::disable)
            .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
            .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
            .logout(ServerHttpSecurity.LogoutSpec::disable)
            .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
            .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
            .exceptionHandling(handling -> handling.authenticationEntryPoint(problems).accessDeniedHandler(problems))
            .addFilterAt(apiKeyFilter(apiKeys, problems), SecurityWebFiltersOrder.AUTHENTICATION)
            .authorizeExchange(exchanges -> exchanges.anyExchange().access(new RoleAuthorizationManager()));
        if (jwtDecoder != null) {
            acceptJwt(http, jwtDecoder, settings.jwt().rolesClaim(), problems);
        }
        return http.build();
    }

    private static void acceptJwt(ServerHttpSecurity http, ReactiveJwtDecoder decoder, String rolesClaim,
            AuthProblems problems) {
        http.oauth2ResourceServer(server -> server
            .jwt(jwt -> jwt.jwtDecoder(decoder).jwtAuthenticationConverter(new JwtRolesConverter(rolesClaim)))
            .bearerTokenConverter(bearerUnlessApiKey())
            .authenticationEntryPoint(problems)
            .authenticationFailureHandler(failureHandler(problems))
            .accessDeniedHandler(problems));
    }

    private static AuthenticationWebFilter apiKeyFilter(ApiKeyAuthenticationManager apiKeys, AuthProblems problems) {
        AuthenticationWebFilter filter = new AuthenticationWebFilter(apiKeys);
        filter.setServerAuthenticationConverter(ApiKeyCredentials::from);
        filter.setAuthenticationFailureHandler(failureHandler(problems));
        filter.setSecurityContextRepository(NoOpServerSecurityContextRepository.getInstance());
        return filter;
    }

    private static ServerAuthenticationEntryPointFailureHandler failureHandler(AuthProblems problems) {
        ServerAuthenticationEntryPointFailureHandler handler =
                new ServerAuthenticationEntryPointFailureHandler(problems);
        // An unreachable key store or JWK set must answer 503 from AuthProblems, not fail the exchange
        handler.setRethrowAuthenticationServiceException(false);
        return handler;
    }

    /** A request with an API key is judged by its key alone, even if it also carries a bearer token. */
    private static ServerBearerTokenAuthenticationConverter bearerUnlessApiKey() {
        return new ServerBearerTokenAuthenticationConverter() {
            @Override
            public Mono<Authentication> convert(ServerWebExchange exchange) {
                if (exchange.getRequest().getHeaders().containsHeader(ApiKeyCredentials.HEADER)) {
                    return Mono.empty();
                }
                return super.convert(exchange);
            }
        };
    }

    private static void requireIssuerAndAudience(Environment environment) {
        Binder binder = Binder.get(environment);
        String issuer = environment.getProperty(JWT_PREFIX + "issuer-uri");
        List<String> audiences = binder.bind(JWT_PREFIX + "audiences", Bindable.listOf(String.class)).orElse(List.of());
        if (issuer == null || issuer.isBlank() || audiences.isEmpty()) {
            throw new IllegalStateException("JWT bearer tokens are enabled (" + JWT_PREFIX
                    + "jwk-set-uri or issuer-uri is set), so " + JWT_PREFIX + "issuer-uri and " + JWT_PREFIX
                    + "audiences must both be set: the gateway checks every token's issuer and audience.");
        }
    }
}
