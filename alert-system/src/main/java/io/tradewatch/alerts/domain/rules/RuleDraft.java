package io.tradewatch.alerts.domain.rules;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A rule as a client sent it, every field still text, so that every problem can be reported by field
 * instead of failing on the first unreadable value.
 */
public record RuleDraft(@Nullable String name, @Nullable String type, @Nullable String symbol,
        @Nullable String threshold, @Nullable String window, @Nullable String severity,
        @Nullable List<@Nullable ChannelDraft> channels, @Nullable String cooldown, @Nullable Boolean enabled) {

    /** One channel as sent: {@code type} and, for webhooks, {@code url}. */
    public record ChannelDraft(@Nullable String type, @Nullable String url) {
    }
}
