package io.tradewatch.alerts.service;

import java.time.Clock;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.tradewatch.alerts.domain.Alert;
import io.tradewatch.alerts.domain.AlertCandidate;
import io.tradewatch.alerts.domain.AlertStatus;
import io.tradewatch.alerts.domain.AlertView;
import io.tradewatch.alerts.domain.FloodGuard;
import io.tradewatch.alerts.store.AlertGate;
import io.tradewatch.alerts.store.AlertRecorder;
import io.tradewatch.alerts.store.Verdict;
import io.tradewatch.metrics.AlertMetrics;
import io.tradewatch.metrics.catalog.TagValues.SuppressionReason;

import org.springframework.stereotype.Service;

/**
 * Every source raises alerts here. An alert passes the shared gate (redeliveries, cooldown, resolutions of
 * unsent firings are suppressed), then flood control (new firings only; while the bucket is empty firings are
 * refused before Redis is asked at all, so a flood costs no round trips), is recorded in history and handed
 * to its channels. If recording fails the admission is undone and the exception reaches the source, which
 * retries (a message is redelivered, Alertmanager gets a 503, a rule fires again on the next observation).
 */
@Service
public class AlertPipeline {

    private static final Logger log = LoggerFactory.getLogger(AlertPipeline.class);

    private final AlertGate gate;

    private final FloodGuard flood;

    private final AlertRecorder recorder;

    private final AlertDispatch dispatch;

    private final AlertMetrics metrics;

    private final Clock clock;

    private final FloodReport floodReport = new FloodReport();

    AlertPipeline(AlertGate gate, FloodGuard flood, AlertRecorder recorder, AlertDispatch dispatch,
            AlertMetrics metrics, Clock clock) {
        this.gate = gate;
        this.flood = flood;
        this.recorder = recorder;
        this.dispatch = dispatch;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Raises {@code candidate}; throws only when Redis could not be reached (nothing was sent then). */
    public RaiseOutcome raise(AlertCandidate candidate) {
        boolean firing = candidate.status() == AlertStatus.FIRING;
        if (firing && !flood.hasCapacity(System.nanoTime())) {
            return refuseFlood(candidate);
        }
        String id = UUID.randomUUID().toString();
        AlertGate.Decision decision = gate.admit(candidate, id);
        if (decision.verdict() != Verdict.SEND) {
            return suppress(candidate, decision.verdict());
        }
        if (firing && !flood.tryAcquire(System.nanoTime())) {
            gate.release(candidate, id, null);
            return refuseFlood(candidate);
        }
        AlertView alert = AlertView.of(Alert.of(id, candidate, clock.instant(), decision.firingId()));
        record(candidate, alert, decision);
        if (firing) {
            metrics.triggered(Tags.severity(candidate.severity()), Tags.type(candidate.kind()));
        }
        dispatch.dispatch(alert, candidate.channels());
        return RaiseOutcome.SENT;
    }

    private RaiseOutcome refuseFlood(AlertCandidate candidate) {
        metrics.suppressed(SuppressionReason.FLOOD);
        floodReport.suppressed(candidate);
        return RaiseOutcome.FLOOD;
    }

    private void record(AlertCandidate candidate, AlertView alert, AlertGate.Decision decision) {
        try {
            recorder.record(alert);
        }
        catch (RuntimeException ex) {
            try {
                gate.release(candidate, alert.id(), decision.firingId());
            }
            catch (RuntimeException releaseFailure) {
                ex.addSuppressed(releaseFailure);
            }
            throw ex;
        }
    }

    private RaiseOutcome suppress(AlertCandidate candidate, Verdict verdict) {
        RaiseOutcome outcome = switch (verdict) {
            case DUPLICATE -> RaiseOutcome.DUPLICATE;
            case NOT_FIRING -> RaiseOutcome.NOT_FIRING;
            case COOLDOWN, SEND -> RaiseOutcome.COOLDOWN;
        };
        metrics.suppressed((outcome == RaiseOutcome.COOLDOWN) ? SuppressionReason.COOLDOWN : SuppressionReason.DUPLICATE);
        log.debug("Alert {} ({}) suppressed: {}", candidate.fingerprint(), candidate.title(), outcome);
        return outcome;
    }

    /** Logs flood control at most every ten seconds, with how many alerts it refused since the last line. */
    private static final class FloodReport {

        private static final long INTERVAL_NANOS = 10_000_000_000L;

        private long count;

        private long lastReport;

        private boolean reported;

        synchronized void suppressed(AlertCandidate example) {
            count++;
            long now = System.nanoTime();
            if (!reported || now - lastReport >= INTERVAL_NANOS) {
                log.warn("Flood control refused {} new alert(s) since its last report (latest: {} '{}'); they are counted"
                        + " in trading_alerts_suppressed_total{reason=\"flood\"} and not recorded. Find the noisy source"
                        + " or raise tradewatch.alerts.flood.rate.", count, example.kind().wireName(), example.title());
                count = 0;
                lastReport = now;
                reported = true;
            }
        }
    }
}
