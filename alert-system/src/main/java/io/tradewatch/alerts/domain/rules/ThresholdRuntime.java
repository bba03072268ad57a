package io.tradewatch.alerts.domain.rules;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import io.tradewatch.alerts.domain.AlertStatus;

/**
 * Price above or below, drawdown above, P&amp;L below: fires when a value crosses the threshold and resolves
 * when a value is back on the safe side, or (drawdown, P&amp;L) when no value confirmed it within the window.
 */
final class ThresholdRuntime implements RuleRuntime {

    private final AlertRule rule;

    private final Set<String> active = new HashSet<>();

    private Instant lastConfirmed = Instant.EPOCH;

    ThresholdRuntime(AlertRule rule) {
        this.rule = rule;
    }

    @Override
    public AlertRule rule() {
        return rule;
    }

    @Override
    public Set<String> active() {
        return active;
    }

    @Override
    public void setActive(String subject, boolean firing) {
        if (firing) {
            active.add(subject);
        }
        else {
            active.remove(subject);
        }
    }

    Optional<RuleTransition> observe(String subject, BigDecimal value, Instant at) {
        int comparison = value.compareTo(rule.requiredThreshold());
        boolean holds = switch (rule.type()) {
            case PRICE_ABOVE, DRAWDOWN_ABOVE -> comparison > 0;
            case PRICE_BELOW, PNL_BELOW -> comparison < 0;
            case PERCENT_MOVE, FEED_STALE -> throw new IllegalStateException("not a threshold rule: " + rule.type());
        };
        if (holds) {
            lastConfirmed = at;
        }
        if (holds && active.add(subject)) {
            return Optional.of(new RuleTransition(rule, subject, AlertStatus.FIRING, value, at,
                    describe(value) + " crossed the threshold " + rule.requiredThreshold().toPlainString()));
        }
        if (!holds && active.remove(subject)) {
            return Optional.of(new RuleTransition(rule, subject, AlertStatus.RESOLVED, value, at,
                    describe(value) + " is back within the threshold " + rule.requiredThreshold().toPlainString()));
        }
        return Optional.empty();
    }

    /** Resolves a drawdown or P&amp;L alert that no observation confirmed within the rule's window. */
    Optional<RuleTransition> expire(String subject, Instant now) {
        if (rule.window() == null || !active.contains(subject)
                || !now.isAfter(lastConfirmed.plus(rule.requiredWindow()))) {
            return Optional.empty();
        }
        active.remove(subject);
        return Optional.of(new RuleTransition(rule, subject, AlertStatus.RESOLVED, null, now,
                "no observation confirmed the condition within " + rule.requiredWindow()));
    }

    private String describe(BigDecimal value) {
        String label = switch (rule.type()) {
            case PRICE_ABOVE, PRICE_BELOW -> "price";
            case DRAWDOWN_ABOVE -> "drawdown";
            default -> "P&L";
        };
        return label + " " + value.toPlainString();
    }
}
