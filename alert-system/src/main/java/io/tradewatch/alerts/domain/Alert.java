package io.tradewatch.alerts.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * An alert that passed deduplication and is recorded and delivered. A resolved alert names the firing alert
 * it closes in {@code firingId}.
 */
public record Alert(String id, String fingerprint, AlertKind kind, Severity severity, AlertStatus status, String source,
        String title, String message, Map<String, String> labels, Instant startsAt, @Nullable Instant endsAt,
        Instant raisedAt, @Nullable String ruleId, @Nullable String firingId, List<ChannelTarget> channels) {

    public Alert {
        labels = Map.copyOf(labels);
        channels = List.copyOf(channels);
    }

    public static Alert of(String id, AlertCandidate candidate, Instant raisedAt, @Nullable String firingId) {
        return new Alert(id, candidate.fingerprint(), candidate.kind(), candidate.severity(), candidate.status(),
                candidate.source(), candidate.title(), candidate.message(), candidate.labels(), candidate.startsAt(),
                candidate.endsAt(), raisedAt, candidate.ruleId(), firingId, candidate.channels());
    }
}
