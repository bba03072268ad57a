package io.tradewatch.alerts.messaging;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import io.tradewatch.alerts.config.AlertProperties;
import io.tradewatch.alerts.domain.AlertCandidate;
import io.tradewatch.alerts.domain.AlertKind;
import io.tradewatch.alerts.domain.AlertStatus;
import io.tradewatch.alerts.domain.ChannelTarget;
import io.tradewatch.alerts.domain.Fingerprints;
import io.tradewatch.alerts.domain.Severity;

import org.springframework.stereotype.Component;

/**
 * Turns the events the alert-system consumes into alert candidates. Each candidate's receipt is the event id,
 * so a redelivered event is recognised; fingerprints leave out ids and values so that repeats of the same
 * problem (same limit and symbol, same rejection rule and symbol, same feed connection) share a cooldown.
 * An event missing what an alert needs is an {@link IllegalArgumentException}; the listeners reject its message.
 */
@Component
class EventAlerts {

    private final AlertProperties.Sources sources;

    private final List<ChannelTarget> channels;

    EventAlerts(AlertProperties properties) {
        this.sources = properties.sources();
        this.channels = properties.defaultTargets();
    }

    AlertCandidate riskBreach(Events.RiskBreach event, Instant now) {
        String id = required("id", event.id());
        String limit = required("limit", event.limit());
        Severity severity = Severity.parse(required("severity", event.severity()))
            .filter(level -> level != Severity.INFO)
            .orElseThrow(() -> new IllegalArgumentException("severity must be warning or critical, was " + event.severity()));
        String subject = (event.symbol() != null) ? event.symbol() : "*";
        Map<String, String> labels = labels("limit", limit, "value", event.value(), "threshold", event.threshold(),
                "symbol", event.symbol(), "orderId", event.orderId());
        String title = "Risk limit " + limit + " breached" + ((event.symbol() != null) ? " on " + event.symbol() : "");
        String message = (event.message() != null) ? event.message()
                : "value " + event.value() + " against threshold " + event.threshold();
        return new AlertCandidate(Fingerprints.of("risk_breach", limit, subject), AlertKind.RISK_BREACH, severity,
                AlertStatus.FIRING, "risk.breach", title, message, labels, at(event.occurredAt(), now), null, null,
                channels, sources.riskBreachCooldown(), "event:" + id);
    }

    AlertCandidate orderRejected(Events.OrderRejected event, Instant now) {
        String id = required("id", event.id());
        String symbol = required("symbol", event.symbol());
        List<Events.Reason> reasons = (event.reasons() != null)
                ? event.reasons().stream().filter(Objects::nonNull).toList() : List.of();
        String rules = reasons.stream().map(Events.Reason::rule).filter(Objects::nonNull).collect(Collectors.joining(","));
        String first = rules.isEmpty() ? "unspecified" : rules.split(",")[0];
        Severity severity = rules.contains("kill_switch") ? Severity.CRITICAL : sources.orderRejectedSeverity();
        String message = reasons.isEmpty() ? "no reason given"
                : reasons.stream().map(reason -> Optional.ofNullable(reason.message()).orElse(String.valueOf(reason.rule())))
                    .collect(Collectors.joining("; "));
        Map<String, String> labels = labels("orderId", event.orderId(), "symbol", symbol, "side", event.side(), "rules",
                rules, "notional", event.notional());
        return new AlertCandidate(Fingerprints.of("order_rejected", symbol, first), AlertKind.ORDER_REJECTED, severity,
                AlertStatus.FIRING, "order.rejected", "Order rejected on " + symbol + " (" + first + ")", message,
                labels, at(event.occurredAt(), now), null, null, channels, sources.orderRejectedCooldown(), "event:" + id);
    }

    /** A large-fill alert, or empty when the fill is below the configured notional. */
    Optional<AlertCandidate> orderFilled(Events.OrderFilled event, Instant now) {
        String id = required("id", event.id());
        BigDecimal notional = notional(event);
        if (notional.compareTo(sources.largeFillNotional()) < 0) {
            return Optional.empty();
        }
        String fill = (event.fillId() != null) ? event.fillId() : id;
        Map<String, String> labels = labels("orderId", event.orderId(), "fillId", fill, "symbol", event.symbol(), "side",
                event.side(), "quantity", event.quantity(), "price", event.price(), "notional", notional.toPlainString(),
                "strategyId", event.strategyId());
        String title = "Large fill: " + event.side() + " " + event.quantity() + " " + event.symbol() + " ("
                + notional.toPlainString() + " USD)";
        String message = "Fill " + fill + " of order " + event.orderId() + " has a notional of " + notional.toPlainString()
                + " USD, at or above " + sources.largeFillNotional().toPlainString() + " USD";
        return Optional.of(new AlertCandidate(Fingerprints.of("large_fill", fill), AlertKind.LARGE_FILL,
                sources.largeFillSeverity(), AlertStatus.FIRING, "order.filled", title, message, labels,
                at(event.occurredAt(), now), null, null, channels, Duration.ZERO, "event:" + id));
    }

    AlertCandidate feedStatus(Events.FeedStatus event, Instant now) {
        String id = required("id", event.id());
        String feed = required("feed", event.feed());
        String connection = required("connection", event.connection());
        String status = required("status", event.status());
        Severity severity = switch (status) {
            case "DISCONNECTED" -> Severity.CRITICAL;
            case "STALE" -> Severity.WARNING;
            case "CONNECTED" -> Severity.INFO;
            default -> throw new IllegalArgumentException("status must be CONNECTED, DISCONNECTED or STALE, was " + status);
        };
        AlertStatus alertStatus = "CONNECTED".equals(status) ? AlertStatus.RESOLVED : AlertStatus.FIRING;
        Instant at = at(event.occurredAt(), now);
        String title = "Feed " + feed + " (" + connection + ") " + status.toLowerCase(Locale.ROOT);
        String message = (event.detail() != null) ? event.detail() : title;
        return new AlertCandidate(Fingerprints.of("feed", feed, connection), AlertKind.FEED_STALE, severity, alertStatus,
                "feed.status", title, message, labels("feed", feed, "connection", connection, "status", status), at,
                (alertStatus == AlertStatus.RESOLVED) ? at : null, null, channels, sources.feedCooldown(), "event:" + id);
    }

    private static BigDecimal notional(Events.OrderFilled event) {
        try {
            if (event.notional() != null) {
                return new BigDecimal(event.notional());
            }
            return new BigDecimal(required("quantity", event.quantity())).multiply(new BigDecimal(required("price", event.price())));
        }
        catch (NumberFormatException ex) {
            throw new IllegalArgumentException("notional, quantity or price is not a decimal string", ex);
        }
    }

    static String required(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("field '" + field + "' is missing");
        }
        return value;
    }

    private static Instant at(@Nullable Instant occurredAt, Instant now) {
        return (occurredAt != null) ? occurredAt : now;
    }

    private static Map<String, String> labels(@Nullable String... pairs) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (pairs[i] != null && pairs[i + 1] != null && !pairs[i + 1].isEmpty()) {
                labels.put(pairs[i], pairs[i + 1]);
            }
        }
        return labels;
    }
}
