package io.tradewatch.gateway.store;

import java.util.Locale;

import io.tradewatch.gateway.domain.Role;

/** The rate limiter's buckets: one limiter configuration per role, whose id is also part of SCG's Redis key. */
public final class RateLimitBuckets {

    private RateLimitBuckets() {
    }

    /** The limiter configuration id of a role's bucket (also part of SCG's Redis key). */
    public static String configId(Role role) {
        return "role-" + role.name().toLowerCase(Locale.ROOT);
    }
}
