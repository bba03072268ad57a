package io.tradewatch.metrics;

import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;

import io.tradewatch.metrics.catalog.TagValues.CheckResult;
import io.tradewatch.metrics.catalog.TagValues.RiskLimit;

import static io.tradewatch.metrics.catalog.MetricCatalog.RISK_CHECKS;
import static io.tradewatch.metrics.catalog.MetricCatalog.RISK_CHECK_DURATION;
import static io.tradewatch.metrics.catalog.MetricCatalog.RISK_DRAWDOWN;
import static io.tradewatch.metrics.catalog.MetricCatalog.RISK_EXPOSURE;
import static io.tradewatch.metrics.catalog.MetricCatalog.RISK_KILL_SWITCH;
import static io.tradewatch.metrics.catalog.MetricCatalog.RISK_LIMIT_BREACHES;
import static io.tradewatch.metrics.catalog.MetricCatalog.RISK_LIMIT_USAGE;

/** Records the {@code risk} group: decisions, breaches, limit usage, exposure, drawdown, kill switch. */
public final class RiskMetrics {

    private final Counter[] checks;

    private final Counter[] breaches;

    private final GaugeValue[] usage;

    private final GaugeValue exposure;

    private final GaugeValue drawdown;

    private final Timer checkDuration;

    private final GaugeValue killSwitch;

    public RiskMetrics(MeterFactory meters) {
        this.checks = BoundedMeters.counters(meters, RISK_CHECKS, CheckResult.class);
        this.breaches = BoundedMeters.counters(meters, RISK_LIMIT_BREACHES, RiskLimit.class);
        this.usage = BoundedMeters.gauges(meters, RISK_LIMIT_USAGE, RiskLimit.class);
        this.exposure = meters.gauge(RISK_EXPOSURE);
        this.drawdown = meters.gauge(RISK_DRAWDOWN);
        this.checkDuration = meters.timer(RISK_CHECK_DURATION);
        this.killSwitch = meters.gauge(RISK_KILL_SWITCH);
    }

    public void checked(CheckResult result, long nanos) {
        checks[result.ordinal()].increment();
        checkDuration.record(nanos, TimeUnit.NANOSECONDS);
    }

    public void breach(RiskLimit limit) {
        breaches[limit.ordinal()].increment();
    }

    public void limitUsage(RiskLimit limit, double ratio) {
        usage[limit.ordinal()].set(ratio);
    }

    public void exposure(double usd) {
        exposure.set(usd);
    }

    public void drawdown(double ratio) {
        drawdown.set(ratio);
    }

    public void killSwitch(boolean engaged) {
        killSwitch.set(engaged ? 1 : 0);
    }
}
