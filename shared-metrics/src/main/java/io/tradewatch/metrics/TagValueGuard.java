package io.tradewatch.metrics;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Counter;

/**
 * Caps the distinct values one unbounded tag of one meter may take. Values past the cap become
 * {@value #OTHER}, and each folded use is counted in {@code trading_metrics_cardinality_overflow_total}.
 */
final class TagValueGuard {

    static final String OTHER = "other";

    private final Set<String> admitted = ConcurrentHashMap.newKeySet();

    private final int limit;

    private final Counter overflow;

    TagValueGuard(int limit, Counter overflow) {
        this.limit = limit;
        this.overflow = overflow;
    }

    /** The value itself while there is room for it, otherwise {@value #OTHER}. */
    String admit(String value) {
        if (admitted.contains(value)) {
            return value;
        }
        synchronized (this) {
            if (admitted.contains(value) || admitted.size() < limit) {
                admitted.add(value);
                return value;
            }
        }
        overflow.increment();
        return OTHER;
    }

    void release(String value) {
        admitted.remove(value);
    }

    int size() {
        return admitted.size();
    }
}
