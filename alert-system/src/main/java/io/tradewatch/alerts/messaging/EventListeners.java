package io.tradewatch.alerts.messaging;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import io.tradewatch.alerts.domain.AlertCandidate;
import io.tradewatch.alerts.service.AlertPipeline;
import io.tradewatch.alerts.service.RaiseOutcome;
import io.tradewatch.alerts.service.RuleEvaluation;
import io.tradewatch.metrics.health.ComponentHealth;
import io.tradewatch.metrics.health.ComponentHealthRegistry;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code risk.breach}, {@code order.rejected}, {@code order.filled} and {@code feed.status}. A message
 * is acknowledged once its alert passed the shared gate (sent or suppressed). If Redis cannot be reached the
 * listener throws: the starter retries three times, then the message is rejected and the broker moves it to
 * {@code <queue>.dlq}. Unreadable messages are rejected the same way. Breaches of {@code max_drawdown} and
 * {@code daily_loss} also feed the drawdown and P&amp;L rules.
 */
@Component
class EventListeners {

    private static final Logger log = LoggerFactory.getLogger(EventListeners.class);

    private final JsonMapper json;

    private final EventAlerts alerts;

    private final AlertPipeline pipeline;

    private final RuleEvaluation rules;

    private final Clock clock;

    private final ComponentHealth health;

    EventListeners(JsonMapper json, EventAlerts alerts, AlertPipeline pipeline, RuleEvaluation rules, Clock clock,
            ComponentHealthRegistry components) {
        this.json = json;
        this.alerts = alerts;
        this.pipeline = pipeline;
        this.rules = rules;
        this.clock = clock;
        this.health = components.component("event-listeners");
    }

    @RabbitListener(id = "alert-risk", queues = Queues.RISK)
    void onRiskBreach(Message message) {
        Events.RiskBreach event = read(message, Events.RiskBreach.class);
        raise(alerts.riskBreach(event, clock.instant()));
        observe(event);
    }

    @RabbitListener(id = "alert-orders", queues = Queues.ORDERS)
    void onOrderEvent(Message message) {
        String routingKey = message.getMessageProperties().getReceivedRoutingKey();
        Instant now = clock.instant();
        switch (String.valueOf(routingKey)) {
            case "order.rejected" -> raise(alerts.orderRejected(read(message, Events.OrderRejected.class), now));
            case "order.filled" -> alerts.orderFilled(read(message, Events.OrderFilled.class), now).ifPresent(this::raise);
            default -> log.debug("Ignoring {} on {}: not an event the alert-system handles", routingKey, Queues.ORDERS);
        }
    }

    @RabbitListener(id = "alert-feed", queues = Queues.FEED)
    void onFeedStatus(Message message) {
        raise(alerts.feedStatus(read(message, Events.FeedStatus.class), clock.instant()));
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
            return json.readValue(message.getBody(), type);
        }
        catch (JacksonException ex) {
            health.failure();
            throw new MalformedEventException("unreadable " + type.getSimpleName() + " message: " + ex.getOriginalMessage(), ex);
        }
    }
}
