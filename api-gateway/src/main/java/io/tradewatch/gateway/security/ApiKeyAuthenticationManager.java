package io.tradewatch.gateway.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import io.tradewatch.gateway.config.GatewaySettings;
import io.tradewatch.gateway.domain.ApiKeyRecord;
import io.tradewatch.gateway.domain.ApiKeys;
import io.tradewatch.gateway.domain.Role;
import io.tradewatch.gateway.domain.StaleKeyCache;
import io.tradewatch.gateway.store.KeyStore;
import io.tradewatch.metrics.catalog.TagValues.AuthFailure;

import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Checks an {@code X-API-Key}: the configured bootstrap key first (compared in constant time), then the
 * key's SHA-256 in Redis. When Redis cannot answer within the lookup timeout, a key Redis confirmed
 * within the stale window keeps working; any other key gets 503 (it cannot be checked), never 401.
 */
@Component
class ApiKeyAuthenticationManager implements ReactiveAuthenticationManager {

    private static final Logger log = LoggerFactory.getLogger(ApiKeyAuthenticationManager.class);

    static final String BOOTSTRAP_ID = "bootstrap";

    private final KeyStore store;

    private final StaleKeyCache staleKeys;

    private final Duration lookupTimeout;

    private final byte @Nullable [] bootstrapDigest;

    ApiKeyAuthenticationManager(KeyStore store, GatewaySettings settings) {
        this.store = store;
        this.staleKeys = new StaleKeyCache(settings.keys().staleIfError(), settings.keys().staleCacheSize(),
                System::nanoTime);
        this.lookupTimeout = settings.keys().lookupTimeout();
        String bootstrap = settings.bootstrapAdminKey();
        this.bootstrapDigest = (bootstrap != null)
                ? ApiKeys.sha256Hex(bootstrap).getBytes(StandardCharsets.US_ASCII) : null;
    }

    @Override
    public Mono<Authentication> authenticate(Authentication authentication) {
        if (!(authentication instanceof ApiKeyCredentials credentials)) {
            return Mono.empty();
        }
        String digest = ApiKeys.sha256Hex(credentials.key());
        if (bootstrapDigest != null
                && MessageDigest.isEqual(digest.getBytes(StandardCharsets.US_ASCII), bootstrapDigest)) {
            return Mono.just(new GatewayAuthentication(new GatewayPrincipal(BOOTSTRAP_ID, "bootstrap admin key",
                    Role.ADMIN, GatewayPrincipal.Source.BOOTSTRAP_KEY)));
        }
        return store.find(digest)
            .timeout(lookupTimeout)
            .map(found -> accept(digest, found))
            .onErrorResume(ex -> ex instanceof DataAccessException || ex instanceof TimeoutException,
                    ex -> fromStaleCache(digest, ex));
    }

    private Authentication accept(String digest, Optional<ApiKeyRecord> found) {
        if (found.isEmpty()) {
            staleKeys.forget(digest);
            throw new ApiKeyRejectedException(AuthFailure.INVALID_KEY, "The API key is not known to this gateway.");
        }
        ApiKeyRecord key = found.get();
        staleKeys.remember(digest, key);
        if (key.revoked()) {
            throw new ApiKeyRejectedException(AuthFailure.REVOKED_KEY, "The API key " + key.id() + " was revoked.");
        }
        return authenticated(key);
    }

    private Mono<Authentication> fromStaleCache(String digest, Throwable cause) {
        Optional<ApiKeyRecord> known = staleKeys.lastKnown(digest);
        if (known.isPresent()) {
            // Debug only: during an outage this happens on every request; the rate limiter warns about Redis
            log.debug("API key store (Redis) failed ({}); accepting key {} as last confirmed", cause.toString(),
                    known.get().id());
            return Mono.just(authenticated(known.get()));
        }
        return Mono.error(new AuthenticationServiceException("The API key store (Redis) is unavailable", cause));
    }

    private static Authentication authenticated(ApiKeyRecord key) {
        return new GatewayAuthentication(
                new GatewayPrincipal(key.id(), key.name(), key.role(), GatewayPrincipal.Source.API_KEY));
    }
}
