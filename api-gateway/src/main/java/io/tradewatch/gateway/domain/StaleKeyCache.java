package io.tradewatch.gateway.domain;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The last answer Redis gave for each recently used key digest, consulted only when Redis cannot be
 * asked: a key seen within the stale window keeps working through a short outage, while normal lookups
 * always go to Redis (so a revocation takes effect at once). Bounded: when full it starts over.
 */
public final class StaleKeyCache {

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    private final long staleNanos;

    private final int maxEntries;

    private final LongSupplier nanoClock;

    public StaleKeyCache(Duration staleIfError, int maxEntries, LongSupplier nanoClock) {
        this.staleNanos = staleIfError.toNanos();
        this.maxEntries = maxEntries;
        this.nanoClock = nanoClock;
    }

    /** Remembers what Redis answered for this digest; a revoked key is forgotten instead. */
    public void remember(String digest, ApiKeyRecord key) {
        if (key.revoked()) {
            entries.remove(digest);
            return;
        }
        if (entries.size() >= maxEntries) {
            entries.clear();
        }
        entries.put(digest, new Entry(key, nanoClock.getAsLong()));
    }

    /** Forgets a digest Redis no longer knows. */
    public void forget(String digest) {
        entries.remove(digest);
    }

    /** The remembered key if Redis answered for it within the stale window. */
    public Optional<ApiKeyRecord> lastKnown(String digest) {
        Entry entry = entries.get(digest);
        if (entry == null || nanoClock.getAsLong() - entry.seenAt() > staleNanos) {
            return Optional.empty();
        }
        return Optional.of(entry.key());
    }

    private record Entry(ApiKeyRecord key, long seenAt) {
    }
}
