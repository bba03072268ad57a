package io.tradewatch.gateway.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** What is stored about an API key (never the key): its public id, owner's name, role and lifecycle. */
public record ApiKeyRecord(String id, String name, Role role, Instant createdAt, @Nullable Instant revokedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
