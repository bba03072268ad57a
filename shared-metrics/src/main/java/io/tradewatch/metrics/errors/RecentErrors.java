package io.tradewatch.metrics.errors;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

import io.tradewatch.metrics.ServiceMetrics;

/**
 * A ring buffer of the last errors, newest first, each also counted in {@code trading_errors_total}.
 * Messages are cut to 500 characters and long token-like strings are masked, so a key that slips into a
 * log line never reaches an endpoint.
 */
public final class RecentErrors {

    private static final int MAX_MESSAGE = 500;

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9+/_=.-]{32,}");

    private final Deque<RecentError> errors;

    private final int capacity;

    private final ServiceMetrics metrics;

    public RecentErrors(int capacity, ServiceMetrics metrics) {
        this.capacity = capacity;
        this.errors = new ArrayDeque<>(capacity);
        this.metrics = metrics;
    }

    public void record(String type, String message, String component) {
        metrics.error(type);
        RecentError error = new RecentError(Instant.now(), type, sanitize(message), component);
        synchronized (errors) {
            if (errors.size() == capacity) {
                errors.removeLast();
            }
            errors.addFirst(error);
        }
    }

    public List<RecentError> list() {
        synchronized (errors) {
            return new ArrayList<>(errors);
        }
    }

    static String sanitize(String message) {
        String masked = TOKEN.matcher(message).replaceAll("***");
        return (masked.length() > MAX_MESSAGE) ? masked.substring(0, MAX_MESSAGE) + "..." : masked;
    }
}
