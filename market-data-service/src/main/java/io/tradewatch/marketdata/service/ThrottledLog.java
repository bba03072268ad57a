package io.tradewatch.marketdata.service;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A warning that may recur thousands of times a second (dropped ticks, unreadable frames): logged at most
 * once per interval, with the number of occurrences it stands for; the meters count every one.
 */
public final class ThrottledLog {

    private static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(10);

    private final Logger log;

    private final long intervalNanos;

    private final AtomicLong occurrences = new AtomicLong();

    private final AtomicLong nextNanos = new AtomicLong(System.nanoTime());

    public ThrottledLog(Class<?> owner) {
        this(owner, DEFAULT_INTERVAL);
    }

    public ThrottledLog(Class<?> owner, Duration interval) {
        this.log = LoggerFactory.getLogger(owner);
        this.intervalNanos = interval.toNanos();
    }

    /** Logs {@code template} now if the interval has passed, with the occurrences it stands for appended. */
    public void warn(String template, Object... args) {
        occurrences.incrementAndGet();
        long now = System.nanoTime();
        long next = nextNanos.get();
        if (now - next < 0 || !nextNanos.compareAndSet(next, now + intervalNanos)) {
            return;
        }
        Object[] all = Arrays.copyOf(args, args.length + 1);
        all[args.length] = occurrences.getAndSet(0);
        log.warn(template + " [{} occurrence(s) since the previous such message]", all);
    }
}
