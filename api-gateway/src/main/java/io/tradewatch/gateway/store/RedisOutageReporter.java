package io.tradewatch.gateway.store;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.tradewatch.metrics.health.ComponentHealth;

/**
 * Tells operators whether the rate limiter reaches Redis: the {@code rate-limiter} health component
 * (DEGRADED while it cannot, with every failed call counted against its score) and a warning at most
 * every 10 s rather than one per request.
 */
public final class RedisOutageReporter {

    private static final Logger log = LoggerFactory.getLogger(RedisOutageReporter.class);

    private static final long QUIET_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final ComponentHealth component;

    private final AtomicBoolean degraded = new AtomicBoolean();

    private final AtomicLong lastWarning = new AtomicLong(System.nanoTime() - QUIET_NANOS);

    private final AtomicLong quietEvents = new AtomicLong();

    RedisOutageReporter(ComponentHealth component) {
        this.component = component;
        component.up();
    }

    public void available() {
        component.success();
        if (degraded.get() && degraded.compareAndSet(true, false)) {
            component.up();
            log.info("Rate limiter reaches Redis again; rate limits apply to every route.");
        }
    }

    public void unavailable(String routeId, String method, boolean failClosed) {
        component.failure();
        if (degraded.compareAndSet(false, true)) {
            component.degraded("Redis unreachable: configured writes fail closed, everything else is not rate limited");
        }
        long now = System.nanoTime();
        long last = lastWarning.get();
        if (now - last < QUIET_NANOS || !lastWarning.compareAndSet(last, now)) {
            quietEvents.incrementAndGet();
            return;
        }
        log.warn("Rate limiter cannot reach Redis: {} on route {} was {} ({} more such requests since the last warning)."
                + " Configured writes fail closed with 503, everything else passes without a rate limit; restore Redis.",
                method, routeId, failClosed ? "refused with 503" : "let through without a rate limit",
                quietEvents.getAndSet(0));
    }
}
