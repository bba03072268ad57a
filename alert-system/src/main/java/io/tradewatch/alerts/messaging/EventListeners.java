package io.tradewatch.alerts.messaging;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.tradewatch.alerts.domain.AlertCandidate;
import io.tradewatch.alerts.service.AlertPipeline;
import io.tradewatch.alerts.service.RaiseOutcome;
import io.tradewatch.alerts.service.RuleEvaluation;
import io.tradewatch.metrics.health.ComponentHealth;
import io.tradewatch.metrics.health.ComponentHealthRegistry;
import io.tradewatch.platform.messaging.MessageReader;
import io.tradewatch.platform.messaging.UnreadableMessageException;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code risk.breach}, {@code order.rejected}, {@code order.filled} and {@code feed.status}. A message
 * is acknowledged once its alert passed the shared gate (sent or suppressed). If Redis cannot be reached the
 * listener throws: the starter makes three attempts, then the message is rejected and the broker moves it to
 * {@code <queue>.dlq}. A message that is unreadable or lacks what an alert needs is rejected at its first attempt
 * ({@link UnreadableMessageException}). Breaches of {@code max_drawdown} and
 * {@code daily_loss} also feed the drawdown and P&amp;L rules.
 */
@Component
class EventListeners {

    private static final Logger log = LoggerFactory.getLogger(EventListeners.class);

    private final MessageReader reader;

    private final EventAlerts alerts;

    private final AlertPipeline pipeline;

    private final RuleEvaluation rules;

    private final Clock clock;

    private final ComponentHealth health;

    EventListeners(MessageReader reader, EventAlerts alerts, AlertPipeline pipeline, RuleEvaluation rules, Clock clock,
            ComponentHealthRegistry components) {
        this.reader = reader;
        this.alerts = alerts;
        this.pipeline = pipeline;
        this.rules = rules;
        this.clock = clock;
        this.health = components.component("event-listeners");
    }

    @RabbitListener(id = "alert-risk", queues = Queues.RISK)
    void onRiskBreach(Message message) {
        Events.RiskBreach event = read(message, Events.RiskBreach.class);
        raise(valid(message, () -> alerts.riskBreach(event, clock.instant())));
        observe(event);
    }

    @RabbitListener(id = "alert-orders", queues = Queues.ORDERS)
    void onOrderEvent(Message message) {
        String routingKey = message.getMessageProperties().getReceivedRoutingKey();
        Instant now = clock.instant();
        switch (String.valueOf(routingKey)) {
            case "order.rejected" -> {
                Events.OrderRejected event = read(message, Events.OrderRejected.class);
                raise(valid(message, () -> alerts.orderRejected(event, now)));
            }
            case "order.filled" -> {
                Events.OrderFilled event = read(message, Events.OrderFilled.class);
                valid(message, () -> alerts.orderFilled(event, now)).ifPresent(this::raise);
            }
            default -> log.debug("Ignoring {} on {}: not an event the alert-system handles", routingKey, Queues.ORDERS);
        }
    }

    @RabbitListener(id = "alert-feed", queues = Queues.FEED)
    void onFeedStatus(Message message) {
        Events.FeedStatus event = read(message, Events.FeedStatus.class);
        raise(valid(message, () -> alerts.feedStatus(event, clock.instant())));
    }

    private void raise(AlertCandidate candidate) {
        try {
            RaiseOutcome outcome = pipeline.raise(candidate);
            health.success();
            log.debug("{} alert '{}' from {}: {}", candidate.status().wireName(), candidate.title(), candidate.source(),
                    outcome);
        }
        catch (RuntimeException ex) {
            health.failure();
            throw ex;
        }
    }

    private void observe(Events.RiskBreach event) {
        if (event.value() == null || event.limit() == null) {
            return;
        }
        Instant at = (event.occurredAt() != null) ? event.occurredAt() : clock.instant();
        try {
            BigDecimal value = new BigDecimal(event.value());
            switch (event.limit()) {
                case "max_drawdown" -> rules.onDrawdown(value, at);
                case "daily_loss" -> rules.onPnl(value.abs().negate(), at);
                default -> {
                    // other limits carry no portfolio observation
                }
            }
        }
        catch (NumberFormatException ex) {
            log.warn("risk.breach {} has a value that is not a decimal ({}); no drawdown or P&L rule sees it",
                    event.id(), event.value());
        }
    }

    private <T> T read(Message message, Class<T> type) {
        try {
            return reader.read(message, type);
        }
        catch (UnreadableMessageException ex) {
            health.failure();
            throw ex;
        }
    }

    /** What {@code build} makes of an event, or, when the event lacks what an alert needs, a rejection of its message. */
    private static <T> T valid(Message message, Supplier<T> build) {
        try {
            return build.get();
        }
        catch (IllegalArgumentException ex) {
            throw new UnreadableMessageException(message, String.valueOf(ex.getMessage()), ex);
        }
    }
}
