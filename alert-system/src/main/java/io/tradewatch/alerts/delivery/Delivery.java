package io.tradewatch.alerts.delivery;

import java.time.Instant;

import io.tradewatch.alerts.domain.ChannelTarget;
import io.tradewatch.alerts.intake.AlertView;

/** One alert on its way to one target; {@code id} is sent as {@code X-Tradewatch-Delivery} and kept on retries. */
record Delivery(String id, AlertView alert, ChannelTarget target, Instant createdAt) {
}
