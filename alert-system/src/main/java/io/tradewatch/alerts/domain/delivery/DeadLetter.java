package io.tradewatch.alerts.domain.delivery;

import java.net.URI;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

import io.tradewatch.alerts.domain.AlertView;
import io.tradewatch.alerts.domain.ChannelTarget;
import io.tradewatch.alerts.domain.ChannelType;

/**
 * A delivery that failed for good, as kept in Redis: the alert, the full target (so it can be retried), how
 * many attempts were made, the last HTTP status (0 when there was none) and why it failed.
 */
public record DeadLetter(String id, String deliveryId, String channel, @Nullable String url, AlertView alert,
        int attempts, int lastStatus, String reason, Instant failedAt) {

    public static DeadLetter of(String id, Delivery delivery, int attempts, int lastStatus, String reason, Instant at) {
        ChannelTarget target = delivery.target();
        return new DeadLetter(id, delivery.id(), target.type().wireName(),
                (target.url() != null) ? target.url().toString() : null, delivery.alert(), attempts, lastStatus, reason,
                at);
    }

    public ChannelTarget target() {
        ChannelType type = ChannelType.parse(channel)
            .orElseThrow(() -> new IllegalStateException("dead letter " + id + " has an unknown channel " + channel));
        return new ChannelTarget(type, (url != null) ? URI.create(url) : null);
    }

    /** What {@code GET /api/alerts/dead-letters} shows: the target without its path, which may hold a token. */
    public View view() {
        return new View(id, deliveryId, channel, target().describe(), alert.id(), alert.fingerprint(), alert.status(),
                alert.severity(), alert.title(), attempts, lastStatus, reason, failedAt);
    }

    public record View(String id, String deliveryId, String channel, String target, String alertId, String fingerprint,
            String status, String severity, String title, int attempts, int lastStatus, String reason,
            Instant failedAt) {
    }
}
