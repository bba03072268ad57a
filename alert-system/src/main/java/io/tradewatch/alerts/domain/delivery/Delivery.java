package io.tradewatch.alerts.domain.delivery;

import java.time.Instant;

import io.tradewatch.alerts.domain.AlertView;
import io.tradewatch.alerts.domain.ChannelTarget;

/** One alert on its way to one target; {@code id} is sent as {@code X-Tradewatch-Delivery} and kept on retries. */
public record Delivery(String id, AlertView alert, ChannelTarget target, Instant createdAt) {
}
