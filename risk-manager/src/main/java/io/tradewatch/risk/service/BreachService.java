package io.tradewatch.risk.service;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.tradewatch.metrics.RiskMetrics;
import io.tradewatch.metrics.catalog.TagValues.RiskLimit;
import io.tradewatch.risk.domain.BreachEvent;
import io.tradewatch.risk.domain.rules.DrawdownLevel;
import io.tradewatch.risk.domain.rules.Rule;
import io.tradewatch.risk.domain.rules.Severity;
import io.tradewatch.risk.domain.rules.Violation;
import io.tradewatch.risk.messaging.ConfirmedPublisher;
import io.tradewatch.risk.messaging.Events;
import io.tradewatch.risk.messaging.Outgoing;
import io.tradewatch.risk.store.BreachHistory;

import org.springframework.stereotype.Component;

/**
 * Turns failed rules and drawdown crossings into {@code risk.breach} events, counts them by limit and keeps
 * them in the history. A rejected order yields one breach per failed rule except the kill switch (which
 * rejects everything while engaged and is announced once, when engaged); the breach id is derived from the
 * decision id, so a re-published decision re-publishes the same breaches.
 */
@Component
public class BreachService {

    private static final Logger log = LoggerFactory.getLogger(BreachService.class);

    private final BreachHistory history;

    private final RiskMetrics metrics;

    private final ConfirmedPublisher publisher;

    private final Clock clock;

    BreachService(BreachHistory history, RiskMetrics metrics, ConfirmedPublisher publisher, Clock clock) {
        this.history = history;
        this.metrics = metrics;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** The breaches of a rejected order's failed rules. */
    public List<BreachEvent> ofRejection(String decisionId, String decidedAt, String orderId, String symbol,
            List<Violation> violations) {
        return violations.stream()
            .filter(violation -> violation.rule() != Rule.KILL_SWITCH)
            .map(violation -> new BreachEvent(Events.RISK_BREACH, breachId(decisionId, violation.rule()), decidedAt,
                    Events.VERSION, violation.rule().wireName(), violation.value().toPlainString(),
                    violation.threshold().toPlainString(), violation.rule().severity().wireName(), orderId, symbol,
                    violation.message()))
            .toList();
    }

    /** Counts fresh breaches and adds them to the history (best effort: a failure is logged, not thrown). */
    public void record(List<BreachEvent> breaches) {
        for (BreachEvent breach : breaches) {
            metrics.breach(RiskLimit.valueOf(Rule.fromWireName(breach.limit()).name()));
            log.info("Risk breach {} ({}): {} value {} threshold {} order {}", breach.limit(), breach.severity(),
                    breach.message(), breach.value(), breach.threshold(), breach.orderId());
            try {
                history.add(breach);
            }
            catch (RuntimeException ex) {
                log.warn("Could not add breach {} to the history in Redis: {}. The event is still published; only"
                        + " GET /api/risk/breaches misses it", breach.id(), ex.toString());
            }
        }
    }

    /**
     * Announces drawdown crossing into a higher level: records and publishes a breach (warning or critical),
     * waiting for the broker's confirm.
     */
    public void drawdownCrossed(DrawdownLevel level, BigDecimal drawdown, BigDecimal threshold,
            boolean engagedKillSwitch) {
        Severity severity = (level == DrawdownLevel.CRITICAL) ? Severity.CRITICAL : Severity.WARNING;
        String message = "drawdown from the equity peak reached " + drawdown.toPlainString() + ", above the "
                + severity.wireName() + " threshold " + threshold.toPlainString()
                + (engagedKillSwitch ? "; the kill switch is now engaged" : "");
        BreachEvent breach = new BreachEvent(Events.RISK_BREACH, UUID.randomUUID().toString(),
                clock.instant().truncatedTo(ChronoUnit.MILLIS).toString(), Events.VERSION, Rule.MAX_DRAWDOWN.wireName(),
                drawdown.toPlainString(), threshold.toPlainString(), severity.wireName(), null, null, message);
        record(List.of(breach));
        publisher.publish(List.of(outgoing(breach)));
    }

    public static Outgoing outgoing(BreachEvent breach) {
        return new Outgoing(Events.RISK_BREACH, breach.id(), breach);
    }

    private static String breachId(String decisionId, Rule rule) {
        return UUID.nameUUIDFromBytes((decisionId + ":" + rule.wireName()).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
