package io.tradewatch.alerts.domain.rules;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.tradewatch.alerts.domain.ChannelTarget;
import io.tradewatch.alerts.domain.Durations;

/** A rule as the API shows it and as it is stored in {@code alerts:rules}: wire names, decimal strings, durations as {@code 5m}. */
public record RuleResource(String id, String name, String type, @Nullable String symbol, @Nullable String threshold,
        @Nullable String window, String severity, List<Channel> channels, String cooldown, boolean enabled,
        Instant createdAt, Instant updatedAt) {

    public static RuleResource of(AlertRule rule, Instant createdAt, Instant updatedAt) {
        return new RuleResource(rule.id(), rule.name(), rule.type().wireName(), rule.symbol(),
                (rule.threshold() != null) ? rule.threshold().toPlainString() : null,
                (rule.window() != null) ? Durations.format(rule.window()) : null, rule.severity().wireName(),
                rule.channels().stream().map(Channel::of).toList(), Durations.format(rule.cooldown()), rule.enabled(),
                createdAt, updatedAt);
    }

    /** The stored rule as a draft again, so loading re-validates it against today's allow-list. */
    public RuleDraft draft() {
        return new RuleDraft(name, type, symbol, threshold, window, severity,
                channels.stream().map(channel -> new RuleDraft.ChannelDraft(channel.type(), channel.url())).toList(),
                cooldown, enabled);
    }

    /** One channel of a rule. */
    record Channel(String type, @Nullable String url) {

        static Channel of(ChannelTarget target) {
            return new Channel(target.type().wireName(), (target.url() != null) ? target.url().toString() : null);
        }
    }
}
