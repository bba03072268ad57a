package io.tradewatch.alerts.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;


/**
 * An alert as JSON, the same shape in history, the live stream and webhook bodies: lower-case enums, ISO-8601
 * instants, labels sorted (so a body is the same bytes on every attempt) and channels described without
 * their paths.
 */
public record AlertView(String id, String fingerprint, String status, String severity, String type, String source,
        String title, String message, Map<String, String> labels, Instant startsAt, @Nullable Instant endsAt,
        Instant raisedAt, @Nullable String ruleId, @Nullable String firingId, List<String> channels) {

    public AlertView {
        labels = new TreeMap<>(labels);
        channels = List.copyOf(channels);
    }

    public static AlertView of(Alert alert) {
        return new AlertView(alert.id(), alert.fingerprint(), alert.status().wireName(), alert.severity().wireName(),
                alert.kind().wireName(), alert.source(), alert.title(), alert.message(), alert.labels(),
                alert.startsAt(), alert.endsAt(), alert.raisedAt(), alert.ruleId(), alert.firingId(),
                alert.channels().stream().map(ChannelTarget::describe).toList());
    }
}
