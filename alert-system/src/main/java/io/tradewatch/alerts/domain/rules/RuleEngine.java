package io.tradewatch.alerts.domain.rules;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.tradewatch.alerts.domain.AlertStatus;

/**
 * Evaluates every enabled rule against what the service observes and returns the transitions to raise. State
 * is kept per rule and subject, so a condition that keeps holding fires once and resolves once; the symbols
 * whose last tick time is kept are bounded. Thread-safe: calls are serialised.
 */
public final class RuleEngine {

    /** The subject of portfolio-wide rules (drawdown, P&amp;L). */
    public static final String PORTFOLIO = "portfolio";

    private final Map<String, RuleRuntime> runtimes = new LinkedHashMap<>();

    private final Map<String, List<RuleRuntime>> bySymbol = new HashMap<>();

    private final LastTicks lastTicks;

    public RuleEngine(int maxSymbols) {
        this.lastTicks = new LastTicks(maxSymbols);
    }

    /**
     * Replaces the rule set. A rule that is unchanged keeps its state, a changed one of the same type takes
     * over which subjects are firing, and a deleted or disabled one resolves what it was firing for.
     */
    public synchronized List<RuleTransition> replaceRules(Collection<AlertRule> rules, Instant now) {
        Map<String, RuleRuntime> previous = new LinkedHashMap<>(runtimes);
        runtimes.clear();
        for (AlertRule rule : rules) {
            if (!rule.enabled()) {
                continue;
            }
            RuleRuntime old = previous.remove(rule.id());
            if (old != null && old.rule().equals(rule)) {
                runtimes.put(rule.id(), old);
                continue;
            }
            RuleRuntime fresh = create(rule);
            if (old != null && old.rule().type() == rule.type()) {
                old.active().forEach(subject -> fresh.setActive(subject, true));
                old.active().clear();
            }
            runtimes.put(rule.id(), fresh);
        }
        reindex();
        List<RuleTransition> resolved = new ArrayList<>();
        for (RuleRuntime gone : previous.values()) {
            for (String subject : List.copyOf(gone.active())) {
                resolved.add(new RuleTransition(gone.rule(), subject, AlertStatus.RESOLVED, null, now,
                        "the rule was deleted, disabled or changed type"));
            }
        }
        return resolved;
    }

    public synchronized List<RuleTransition> onPrice(String symbol, BigDecimal price, Instant tradeTime,
            Instant receivedAt) {
        lastTicks.put(symbol, receivedAt);
        List<RuleTransition> transitions = new ArrayList<>();
        for (RuleRuntime runtime : bySymbol.getOrDefault(symbol, List.of())) {
            switch (runtime) {
                case ThresholdRuntime threshold -> threshold.observe(symbol, price, tradeTime).ifPresent(transitions::add);
                case PercentMoveRuntime move -> move.observe(symbol, price, tradeTime).ifPresent(transitions::add);
                case StaleRuntime stale -> stale.ticked(symbol, receivedAt).ifPresent(transitions::add);
            }
        }
        for (RuleRuntime runtime : bySymbol.getOrDefault("*", List.of())) {
            if (runtime instanceof StaleRuntime stale) {
                stale.ticked(symbol, receivedAt).ifPresent(transitions::add);
            }
        }
        return transitions;
    }

    /** A drawdown observation (a ratio: 0.12 is 12 %). */
    public synchronized List<RuleTransition> onDrawdown(BigDecimal ratio, Instant at) {
        return observePortfolio(RuleType.DRAWDOWN_ABOVE, ratio, at);
    }

    /** A P&amp;L observation in USD (negative is a loss). */
    public synchronized List<RuleTransition> onPnl(BigDecimal pnl, Instant at) {
        return observePortfolio(RuleType.PNL_BELOW, pnl, at);
    }

    /** Time passed: finds stale feeds and expires drawdown and P&amp;L alerts nothing confirmed. */
    public synchronized List<RuleTransition> onClock(Instant now) {
        List<RuleTransition> transitions = new ArrayList<>();
        for (RuleRuntime runtime : runtimes.values()) {
            switch (runtime) {
                case StaleRuntime stale -> transitions.addAll(stale.check(lastTicks.view(), now));
                case ThresholdRuntime threshold -> threshold.expire(PORTFOLIO, now).ifPresent(transitions::add);
                case PercentMoveRuntime move -> {
                    // a move resolves on the next price, never on time alone
                }
            }
        }
        return transitions;
    }

    /** Undoes a transition the service could not raise, so the next observation produces it again. */
    public synchronized void revert(RuleTransition transition) {
        RuleRuntime runtime = runtimes.get(transition.rule().id());
        if (runtime != null) {
            runtime.setActive(transition.subject(), transition.status() == AlertStatus.RESOLVED);
        }
    }

    public synchronized int ruleCount() {
        return runtimes.size();
    }

    private List<RuleTransition> observePortfolio(RuleType type, BigDecimal value, Instant at) {
        List<RuleTransition> transitions = new ArrayList<>();
        for (RuleRuntime runtime : runtimes.values()) {
            if (runtime instanceof ThresholdRuntime threshold && runtime.rule().type() == type) {
                threshold.observe(PORTFOLIO, value, at).ifPresent(transitions::add);
            }
        }
        return transitions;
    }

    private void reindex() {
        bySymbol.clear();
        for (RuleRuntime runtime : runtimes.values()) {
            String symbol = runtime.rule().symbol();
            boolean tickRule = runtime.rule().type().symbolUse() != RuleType.SymbolUse.NONE;
            if (tickRule) {
                bySymbol.computeIfAbsent((symbol != null) ? symbol : "*", key -> new ArrayList<>()).add(runtime);
            }
        }
    }

    private static RuleRuntime create(AlertRule rule) {
        return switch (rule.type()) {
            case PRICE_ABOVE, PRICE_BELOW, DRAWDOWN_ABOVE, PNL_BELOW -> new ThresholdRuntime(rule);
            case PERCENT_MOVE -> new PercentMoveRuntime(rule);
            case FEED_STALE -> new StaleRuntime(rule);
        };
    }

    /** The last tick time per symbol, bounded: past the limit the symbol silent the longest is forgotten. */
    private static final class LastTicks {

        private final int limit;

        private final LinkedHashMap<String, Instant> times = new LinkedHashMap<>(16, 0.75f, true);

        LastTicks(int limit) {
            this.limit = limit;
        }

        void put(String symbol, Instant at) {
            times.put(symbol, at);
            if (times.size() > limit) {
                times.pollFirstEntry();
            }
        }

        Map<String, Instant> view() {
            return Map.copyOf(times);
        }
    }
}
