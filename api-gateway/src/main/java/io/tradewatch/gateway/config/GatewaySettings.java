package io.tradewatch.gateway.config;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import io.tradewatch.gateway.domain.Role;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The gateway's own settings ({@code tradewatch.gateway.*}); routes themselves live under
 * {@code spring.cloud.gateway.server.webflux.routes}. Bad values stop the start with a message naming the
 * property.
 *
 * @param bootstrapAdminKey an ADMIN key from configuration (environment
 * {@code TRADEWATCH_GATEWAY_BOOTSTRAP_ADMIN_KEY}, a Secret in Kubernetes), to issue the first real keys
 * @param services each downstream service by name: its business URI (routes use it) and management URI
 * (the status page asks its readiness)
 * @param apiDocs how the services' OpenAPI documents are read
 * @param accessLog whether every request is logged with its request id, status and duration
 */
@ConfigurationProperties("tradewatch.gateway")
@Validated
public record GatewaySettings(
        @Size(min = 32, message = "must be at least 32 characters (generate one with 'openssl rand -base64 32')")
        @Nullable String bootstrapAdminKey,
        @NotEmpty Map<String, @Valid Downstream> services,
        @DefaultValue @Valid RateLimits rateLimits,
        @DefaultValue @Valid Keys keys,
        @DefaultValue @Valid Jwt jwt,
        @DefaultValue @Valid BodyLimit bodyLimit,
        @DefaultValue @Valid Status status,
        @DefaultValue @Valid ApiDocs apiDocs,
        @DefaultValue("true") boolean accessLog) {

    /** A downstream service: where its API is and where its management port is. */
    public record Downstream(@NotNull URI uri, @NotNull URI managementUri) {
    }

    /**
     * Token buckets per role (SCG's Redis rate limiter), how long the limiter may wait for Redis, and what
     * fails closed when Redis cannot be asked: route id to the methods refused with 503.
     */
    public record RateLimits(Map<Role, Limit> roles,
            @DefaultValue("250ms") Duration redisTimeout,
            Map<String, Set<String>> failClosed) {

        public RateLimits {
            roles = (roles == null) ? Map.of() : Map.copyOf(roles);
            for (Role role : Role.values()) {
                if (!roles.containsKey(role)) {
                    throw new IllegalArgumentException("tradewatch.gateway.rate-limits.roles." + role
                            + " is missing: every role needs a replenish-rate and a burst-capacity");
                }
            }
            failClosed = (failClosed == null) ? Map.of() : Map.copyOf(failClosed);
        }
    }

    /** One role's bucket: tokens added per second, bucket size, tokens per request. */
    public record Limit(@Min(1) int replenishRate, @Min(1) long burstCapacity,
            @DefaultValue("1") @Min(1) int requestedTokens) {

        public Limit {
            if (burstCapacity < replenishRate) {
                throw new IllegalArgumentException("burst-capacity (" + burstCapacity
                        + ") must be at least replenish-rate (" + replenishRate + ")");
            }
        }
    }

    /** The key store: revoked-key tombstones, the Redis lookup bound, and the outage fallback window. */
    public record Keys(@DefaultValue("30d") Duration revokedRetention,
            @DefaultValue("500ms") Duration lookupTimeout,
            @DefaultValue("2m") Duration staleIfError,
            @DefaultValue("10000") @Min(1) int staleCacheSize) {
    }

    /** JWT bearer tokens: the claim holding the roles (a dotted path such as {@code realm_access.roles}). */
    public record Jwt(@DefaultValue("roles") @NotBlank String rolesClaim) {
    }

    /** Request body limits: a default and larger ones for path prefixes (such as backtest uploads). */
    public record BodyLimit(@DefaultValue("1MB") DataSize defaultMax, Map<String, DataSize> byPathPrefix) {

        public BodyLimit {
            byPathPrefix = (byPathPrefix == null) ? Map.of() : Map.copyOf(byPathPrefix);
        }
    }

    /** The status page: how long it waits for each downstream's readiness. */
    public record Status(@DefaultValue("2s") Duration timeout) {
    }

    /** The OpenAPI documents: how long the gateway waits for each service's document. */
    public record ApiDocs(@DefaultValue("3s") Duration timeout) {
    }
}
