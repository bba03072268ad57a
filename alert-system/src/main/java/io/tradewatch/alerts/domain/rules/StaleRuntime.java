package io.tradewatch.alerts.domain.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.tradewatch.alerts.domain.AlertStatus;

/**
 * Fires when no tick arrived for a symbol (the rule's symbol, or every symbol seen) for longer than the
 * window, and resolves on that symbol's next tick. Symbols never seen are not judged.
 */
final class StaleRuntime implements RuleRuntime {

    private final AlertRule rule;

    private final Set<String> active = new HashSet<>();

    StaleRuntime(AlertRule rule) {
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

    boolean watches(String symbol) {
        return rule.symbol() == null || rule.symbol().equals(symbol);
    }

    Optional<RuleTransition> ticked(String symbol, Instant at) {
        if (!watches(symbol) || !active.remove(symbol)) {
            return Optional.empty();
        }
        return Optional.of(new RuleTransition(rule, symbol, AlertStatus.RESOLVED, null, at,
                "ticks for " + symbol + " arrive again"));
    }

    List<RuleTransition> check(Map<String, Instant> lastTicks, Instant now) {
        Duration window = rule.requiredWindow();
        List<RuleTransition> transitions = new ArrayList<>();
        lastTicks.forEach((symbol, last) -> {
            if (watches(symbol) && now.isAfter(last.plus(window)) && active.add(symbol)) {
                transitions.add(new RuleTransition(rule, symbol, AlertStatus.FIRING, null, now,
                        "no tick for " + symbol + " since " + last + " (more than " + window + ")"));
            }
        });
        return transitions;
    }
}
