package io.tradewatch.gateway.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ApiKeysTests {

    @Test
    void newKeysAreLongRandomAndRecognisable() {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            String key = ApiKeys.newKey();
            assertThat(key).startsWith("tw_").hasSize(3 + 43).matches("tw_[A-Za-z0-9_-]+");
            keys.add(key);
        }
        assertThat(keys).hasSize(100);
        assertThat(ApiKeys.newId()).matches("[0-9a-f]{16}");
    }

    @Test
    void theStoredFormIsTheHexSha256() {
        // SHA-256("abc") from FIPS 180-2, appendix B.1
        assertThat(ApiKeys.sha256Hex("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void theStaleCacheAnswersOnlyWithinItsWindowAndForgetsRevokedKeys() {
        AtomicLong now = new AtomicLong();
        StaleKeyCache cache = new StaleKeyCache(Duration.ofSeconds(60), 2, now::get);
        ApiKeyRecord key = new ApiKeyRecord("k1", "ops", Role.TRADER, Instant.EPOCH, null);
        cache.remember("d1", key);
        now.addAndGet(Duration.ofSeconds(59).toNanos());
        assertThat(cache.lastKnown("d1")).contains(key);
        now.addAndGet(Duration.ofSeconds(2).toNanos());
        assertThat(cache.lastKnown("d1")).isEmpty();

        cache.remember("d1", key);
        cache.remember("d1", new ApiKeyRecord("k1", "ops", Role.TRADER, Instant.EPOCH, Instant.EPOCH));
        assertThat(cache.lastKnown("d1")).isEmpty();
    }

    @Test
    void theStaleCacheIsBounded() {
        StaleKeyCache cache = new StaleKeyCache(Duration.ofMinutes(1), 2, () -> 0);
        for (int i = 0; i < 3; i++) {
            cache.remember("d" + i, new ApiKeyRecord("k" + i, "n", Role.VIEWER, Instant.EPOCH, null));
        }
        assertThat(cache.lastKnown("d2")).isPresent();
        assertThat(cache.lastKnown("d0")).isEmpty();
    }
}
