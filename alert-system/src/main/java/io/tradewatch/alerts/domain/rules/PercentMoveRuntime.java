package io.tradewatch.alerts.domain.rules;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import io.tradewatch.alerts.domain.AlertStatus;

/**
 * Fires when a symbol's price moved at least the threshold percentage (either way) from the low or high of
 * the window, and resolves when the move within the window is below the threshold again.
 */
final class PercentMoveRuntime implements RuleRuntime {

    private final AlertRule rule;

    private final MinMaxWindow window;

    private final Set<String> active = new HashSet<>();

    PercentMoveRuntime(AlertRule rule) {
        this.rule = rule;
        this.window = new MinMaxWindow(rule.requiredWindow());
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

    Optional<RuleTransition> observe(String subject, BigDecimal price, Instant at) {
        window.add(at, price);
        BigDecimal move = window.movePercent(price);
        boolean holds = move.abs().compareTo(rule.requiredThreshold()) >= 0;
        String text = "moved " + move.stripTrailingZeros().toPlainString() + " % within " + rule.requiredWindow()
                + " (threshold " + rule.requiredThreshold().toPlainString() + " %)";
        if (holds && active.add(subject)) {
            return Optional.of(new RuleTransition(rule, subject, AlertStatus.FIRING, move, at, subject + " " + text));
        }
        if (!holds && active.remove(subject)) {
            return Optional.of(new RuleTransition(rule, subject, AlertStatus.RESOLVED, move, at, subject + " " + text));
        }
        return Optional.empty();
    }

    int windowSize() {
        return window.size();
    }
}
