package io.tradewatch.orders.messaging;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.tradewatch.metrics.health.ComponentHealth;
import io.tradewatch.metrics.health.ComponentHealthRegistry;
import io.tradewatch.orders.config.OrderExecutorProperties;
import io.tradewatch.orders.store.Outbox;
import io.tradewatch.orders.store.OutboxEntry;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends again, with the same ids, the events whose confirmation did not arrive in time: after a crash between
 * commit and publish, a broker outage, a nack or a return. Replicas claim events atomically, so each retry
 * round sends an event from one replica only.
 */
@Component
class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final Outbox outbox;

    private final EventPublisher publisher;

    private final OrderExecutorProperties.Outbox settings;

    private final ComponentHealth health;

    private final Clock clock;

    OutboxRelay(Outbox outbox, EventPublisher publisher, OrderExecutorProperties properties,
            ComponentHealthRegistry components, Clock clock) {
        this.clock = clock;
        this.outbox = outbox;
        this.publisher = publisher;
        this.settings = properties.outbox();
        this.health = components.component("outbox");
    }

    @Scheduled(fixedDelayString = "${tradewatch.order-executor.outbox.retry-interval:1s}")
    void resendOverdue() {
        try {
            long now = clock.millis();
            List<OutboxEntry> due = outbox.claimDue(now, now + settings.confirmTimeout().toMillis(), settings.batch());
            if (!due.isEmpty()) {
                log.info("Re-sending {} events whose broker confirmation is overdue (same ids, consumers deduplicate)",
                        due.size());
            }
            due.forEach(publisher::publish);
            long backlog = outbox.backlog();
            if (backlog > settings.backlogWarning()) {
                health.degraded(backlog + " events await a broker confirmation");
            }
            else {
                health.up();
            }
        }
        catch (RuntimeException ex) {
            health.down("outbox unreadable: " + ex.getMessage());
            log.warn("Could not read the outbox: {}. Events stay there and are sent when Redis answers again.",
                    ex.getMessage());
        }
    }
}
