package io.tradewatch.marketdata.messaging;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Random (version 4) event ids drawn from {@link ThreadLocalRandom}: unique for deduplication, without
 * the lock and cost of {@link UUID#randomUUID()}'s secure generator on the tick path.
 */
final class Ids {

    private Ids() {
    }

    static String next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }
}
