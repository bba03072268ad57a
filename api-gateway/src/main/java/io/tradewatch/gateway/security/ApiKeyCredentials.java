package io.tradewatch.gateway.security;

import java.util.List;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.server.ServerWebExchange;

/** An API key as presented in {@code X-API-Key}, not yet checked. Its string form never shows the key. */
final class ApiKeyCredentials extends AbstractAuthenticationToken {

    static final String HEADER = "X-API-Key";

    private final String key;

    private ApiKeyCredentials(String key) {
        super(List.of());
        this.key = key;
    }

    /** The key of a request, or nothing when it sends none (so other credentials may apply). */
    static Mono<Authentication> from(ServerWebExchange exchange) {
        String key = exchange.getRequest().getHeaders().getFirst(HEADER);
        return (key == null || key.isBlank()) ? Mono.empty() : Mono.just(new ApiKeyCredentials(key.trim()));
    }

    String key() {
        return key;
    }

    @Override
    public @Nullable Object getCredentials() {
        return key;
    }

    @Override
    public Object getPrincipal() {
        return "api-key";
    }

    @Override
    public String toString() {
        return "ApiKeyCredentials[key=PROTECTED]";
    }
}
