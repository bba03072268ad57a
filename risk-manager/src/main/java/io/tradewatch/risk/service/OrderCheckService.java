package io.tradewatch.risk.service;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.tradewatch.metrics.RiskMetrics;
import io.tradewatch.metrics.catalog.TagValues.CheckResult;
import io.tradewatch.risk.domain.BreachEvent;
import io.tradewatch.risk.domain.Decision;
import io.tradewatch.risk.domain.rules.OrderCheck;
import io.tradewatch.risk.messaging.ConfirmedPublisher;
import io.tradewatch.risk.messaging.DecisionEvent;
import io.tradewatch.risk.messaging.Events;
import io.tradewatch.risk.messaging.OrderDecider;
import io.tradewatch.risk.messaging.Outgoing;
import io.tradewatch.risk.messaging.RiskGauges;
import io.tradewatch.risk.messaging.ValidOrder;

import org.springframework.stereotype.Service;

/**
 * Decides one requested order: check and reservation in Redis, then the decision and its breaches
 * published with confirms. The decision is stored before anything is published, so a failed publish is
 * retried by redelivery and re-publishes the same decision (same event ids) without a second reservation.
 */
@Service
class OrderCheckService implements OrderDecider {

    private static final Logger log = LoggerFactory.getLogger(OrderCheckService.class);

    private final DecisionScript script;

    private final ConfirmedPublisher publisher;

    private final BreachService breaches;

    private final RiskMetrics metrics;

    private final RiskGauges gauges;

    OrderCheckService(DecisionScript script, ConfirmedPublisher publisher, BreachService breaches,
            RiskMetrics metrics, RiskGauges gauges) {
        this.script = script;
        this.publisher = publisher;
        this.breaches = breaches;
        this.metrics = metrics;
        this.gauges = gauges;
    }

    @Override
    public Decision decide(ValidOrder order) {
        long start = System.nanoTime();
        Decision decision = script.decide(order);
        OrderCheck check = order.check();
        List<BreachEvent> breachEvents = decision.approved() ? List.of()
                : breaches.ofRejection(decision.id(), decision.decidedAt(), order.orderId(), check.symbol(),
                        decision.violations());
        if (!decision.duplicate()) {
            metrics.checked(decision.approved() ? CheckResult.APPROVED : CheckResult.REJECTED,
                    System.nanoTime() - start);
            gauges.orderChecked(check);
            breaches.record(breachEvents);
            if (decision.engagedKillSwitch()) {
                metrics.killSwitch(true);
                log.warn("Kill switch ENGAGED automatically: order {} failed a critical rule ({}). Every new order is"
                        + " rejected until an operator releases it with POST /api/risk/kill-switch", order.orderId(),
                        decision.violations().stream().map(v -> v.rule().wireName()).toList());
            }
        }
        List<Outgoing> events = new ArrayList<>();
        events.add(new Outgoing(decision.approved() ? Events.ORDER_APPROVED : Events.ORDER_REJECTED, decision.id(),
                event(order, decision)));
        breachEvents.forEach(breach -> events.add(BreachService.outgoing(breach)));
        publisher.publish(events);
        log(order, decision);
        return decision;
    }

    private static DecisionEvent event(ValidOrder order, Decision decision) {
        OrderCheck check = order.check();
        return new DecisionEvent(decision.approved() ? Events.ORDER_APPROVED : Events.ORDER_REJECTED, decision.id(),
                decision.decidedAt(), Events.VERSION, order.orderId(), check.symbol(), check.side().name(),
                order.orderType(), order.quantity(), order.notional(),
                decision.decidedAt(), decision.violations().stream().map(DecisionEvent.Reason::of).toList());
    }

    private static void log(ValidOrder order, Decision decision) {
        OrderCheck check = order.check();
        if (decision.duplicate()) {
            log.info("Order {} was decided before (decision {}): re-published the stored decision, reserved nothing",
                    order.orderId(), decision.id());
        }
        else if (decision.approved()) {
            log.debug("Order {} approved: {} {} {} notional {} USD (decision {})", order.orderId(), check.side(),
                    check.quantity().toPlainString(), check.symbol(), check.notional().toPlainString(), decision.id());
        }
        else {
            log.info("Order {} rejected: {} {} {} notional {} USD failed {} (decision {})", order.orderId(),
                    check.side(), check.quantity().toPlainString(), check.symbol(), check.notional().toPlainString(),
                    decision.violations().stream().map(v -> v.rule().wireName()).toList(), decision.id());
        }
    }
}
