package io.tradewatch.alerts.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * An alert a source wants to raise, before deduplication: what it is, where it should go, how long the same
 * fingerprint stays quiet after it fires ({@code cooldown}), and the receipt that identifies the incoming
 * message or notification, so a redelivery of it is recognised ({@code null} when the source has none).
 */
public record AlertCandidate(String fingerprint, AlertKind kind, Severity severity, AlertStatus status, String source,
        String title, String message, Map<String, String> labels, Instant startsAt, @Nullable Instant endsAt,
        @Nullable String ruleId, List<ChannelTarget> channels, Duration cooldown, @Nullable String receipt) {

    public AlertCandidate {
        labels = Map.copyOf(labels);
        channels = List.copyOf(channels);
        if (cooldown.isNegative()) {
            throw new IllegalArgumentException("cooldown must not be negative: " + cooldown);
        }
    }
}
