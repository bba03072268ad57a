package io.tradewatch.gateway.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * What a caller may do, from least to most: each role includes the ones before it, so an ADMIN may do
 * everything a TRADER may, and a TRADER everything a VIEWER may.
 */
public enum Role {

    /** Reads: market data, strategies, signals, orders, portfolio, risk and alerts. */
    VIEWER,

    /** A VIEWER who may also place and cancel orders and manage strategies, backtests and alert rules. */
    TRADER,

    /** A TRADER who may also change risk limits, switch the kill switch and manage API keys. */
    ADMIN;

    private static final String AUTHORITY_PREFIX = "ROLE_";

    /** True when this role may do what {@code required} may. */
    public boolean includes(Role required) {
        return compareTo(required) >= 0;
    }

    /** The Spring-style authority name, such as {@code ROLE_TRADER}. */
    public String authority() {
        return AUTHORITY_PREFIX + name();
    }

    /** Reads a role from a claim or authority value: case-insensitive, with or without {@code ROLE_}. */
    public static Optional<Role> parse(String value) {
        String name = value.trim().toUpperCase(Locale.ROOT);
        if (name.startsWith(AUTHORITY_PREFIX)) {
            name = name.substring(AUTHORITY_PREFIX.length());
        }
        for (Role role : values()) {
            if (role.name().equals(name)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
