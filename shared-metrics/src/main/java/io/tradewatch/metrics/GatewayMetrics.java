package io.tradewatch.metrics;

import io.micrometer.core.instrument.Counter;

import io.tradewatch.metrics.catalog.TagValues.AuthFailure;

import static io.tradewatch.metrics.catalog.MetricCatalog.GATEWAY_AUTH_FAILURES;
import static io.tradewatch.metrics.catalog.MetricCatalog.GATEWAY_RATE_LIMITED;

/** Records the {@code gateway} group: refused credentials and rate-limited requests. */
public final class GatewayMetrics {

    private final Counter[] authFailures;

    private final GuardedMeters<Counter> rateLimited;

    public GatewayMetrics(MeterFactory meters) {
        this.authFailures = BoundedMeters.counters(meters, GATEWAY_AUTH_FAILURES, AuthFailure.class);
        this.rateLimited = meters.guardedCounters(GATEWAY_RATE_LIMITED, "route");
    }

    /** Creates the rate-limit series of the gateway's routes now, so they are scraped at zero. */
    public void declareRoutes(Iterable<String> routes) {
        routes.forEach(rateLimited::get);
    }

    public void authFailure(AuthFailure reason) {
        authFailures[reason.ordinal()].increment();
    }

    public void rateLimited(String route) {
        rateLimited.get(route).increment();
    }
}
