package io.tradewatch.metrics;

import java.lang.management.ManagementFactory;
import java.lang.management.RuntimeMXBean;

import io.micrometer.core.instrument.Counter;

import static io.tradewatch.metrics.catalog.MetricCatalog.ERRORS;
import static io.tradewatch.metrics.catalog.MetricCatalog.SERVICE_INFO;
import static io.tradewatch.metrics.catalog.MetricCatalog.UPTIME;

/** Records the {@code service} group: build info, uptime and errors by type. */
public final class ServiceMetrics {

    private final GuardedMeters<Counter> errors;

    public ServiceMetrics(MeterFactory meters, String buildVersion) {
        meters.gauge(SERVICE_INFO, this, self -> 1.0, "build_version", buildVersion, "java_version",
                Runtime.version().feature() + "." + Runtime.version().interim() + "." + Runtime.version().update());
        RuntimeMXBean runtime = ManagementFactory.getRuntimeMXBean();
        meters.gauge(UPTIME, runtime, r -> r.getUptime() / 1000.0);
        this.errors = meters.guardedCounters(ERRORS, "type");
    }

    /** Counts an error of {@code type}: an exception's simple class name, or {@code log} for a bare ERROR. */
    public void error(String type) {
        errors.get(type).increment();
    }
}
