package io.tradewatch.alerts.domain.rules;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.tradewatch.alerts.domain.ChannelTarget;
import io.tradewatch.alerts.domain.Severity;

/**
 * A validated alert rule. {@code threshold} is a price in USD (price rules), a percentage ({@code 5} = 5 %,
 * percent move), a ratio ({@code 0.10} = 10 %, drawdown) or a P&amp;L in USD (usually negative); it is absent
 * for {@code feed_stale}. {@code window} is the move window, the silence that counts as stale, or how long a
 * drawdown or P&amp;L observation stays valid; it is absent for price rules.
 */
public record AlertRule(String id, String name, RuleType type, @Nullable String symbol, @Nullable BigDecimal threshold,
        @Nullable Duration window, Severity severity, List<ChannelTarget> channels, Duration cooldown,
        boolean enabled) {

    public AlertRule {
        channels = List.copyOf(channels);
    }

    /** The threshold of a rule type that has one. */
    public BigDecimal requiredThreshold() {
        if (threshold == null) {
            throw new IllegalStateException("rule " + id + " of type " + type.wireName() + " has no threshold");
        }
        return threshold;
    }

    /** The window of a rule type that has one. */
    public Duration requiredWindow() {
        if (window == null) {
            throw new IllegalStateException("rule " + id + " of type " + type.wireName() + " has no window");
        }
        return window;
    }
}
