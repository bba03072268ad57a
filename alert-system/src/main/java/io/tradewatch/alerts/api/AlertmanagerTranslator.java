package io.tradewatch.alerts.api;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import io.tradewatch.alerts.config.AlertProperties;
import io.tradewatch.alerts.domain.AlertCandidate;
import io.tradewatch.alerts.domain.AlertKind;
import io.tradewatch.alerts.domain.AlertStatus;
import io.tradewatch.alerts.domain.ChannelTarget;
import io.tradewatch.alerts.domain.Severity;
import io.tradewatch.platform.web.FieldProblem;
import io.tradewatch.platform.web.InvalidFieldsException;

import org.springframework.stereotype.Component;

/**
 * Checks an Alertmanager notification and turns each of its alerts into a candidate. Problems are collected
 * for the whole payload and answered as one 400: Alertmanager does not retry a 4xx, so a malformed payload
 * (or an unknown {@code severity} label, which {@code severity-aliases} can map) is refused loudly instead of
 * half-accepted. The receipt {@code am:<fingerprint>:<status>:<startsAt>} drops Alertmanager's redeliveries.
 */
@Component
class AlertmanagerTranslator {

    private static final Pattern FINGERPRINT = Pattern.compile("[0-9A-Za-z:_.-]{1,128}");

    /** Alertmanager writes Go's zero time as the end of a firing alert. */
    private static final Instant GO_ZERO_TIME = Instant.parse("0001-01-01T00:00:00Z");

    private final AlertProperties.Alertmanager properties;

    private final List<ChannelTarget> channels;

    AlertmanagerTranslator(AlertProperties properties) {
        this.properties = properties.alertmanager();
        this.channels = this.properties.channels().isEmpty() ? properties.defaultTargets()
                : this.properties.channels().stream().map(AlertProperties.ChannelProperties::target).distinct().toList();
    }

    List<AlertCandidate> translate(@Nullable AlertmanagerPayload payload) {
        List<FieldProblem> problems = new ArrayList<>();
        if (payload == null) {
            throw new InvalidFieldsException(List.of(new FieldProblem("body", "is required: an Alertmanager webhook payload")));
        }
        if (!"4".equals(payload.version())) {
            problems.add(new FieldProblem("version", "must be \"4\" (Alertmanager's webhook payload version), was "
                    + payload.version()));
        }
        if (payload.status() == null || AlertStatus.parse(payload.status()).isEmpty()) {
            problems.add(new FieldProblem("status", "must be firing or resolved"));
        }
        List<AlertmanagerPayload.@Nullable Alert> alerts = payload.alerts();
        if (alerts == null || alerts.isEmpty()) {
            problems.add(new FieldProblem("alerts", "must hold at least one alert"));
        }
        else if (alerts.size() > properties.maxAlerts()) {
            problems.add(new FieldProblem("alerts", "holds " + alerts.size() + " alerts; at most " + properties.maxAlerts()
                    + " are accepted (set max_alerts in Alertmanager's webhook_config)"));
        }
        List<AlertCandidate> candidates = new ArrayList<>();
        if (problems.isEmpty()) {
            for (int i = 0; i < alerts.size(); i++) {
                candidate("alerts[" + i + "]", alerts.get(i), payload, problems).ifPresent(candidates::add);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        return candidates;
    }

    private Optional<AlertCandidate> candidate(String path, AlertmanagerPayload.@Nullable Alert alert,
            AlertmanagerPayload payload, List<FieldProblem> problems) {
        if (alert == null) {
            problems.add(new FieldProblem(path, "must be an alert object"));
            return Optional.empty();
        }
        int before = problems.size();
        AlertStatus status = (alert.status() != null) ? AlertStatus.parse(alert.status()).orElse(null) : null;
        if (status == null) {
            problems.add(new FieldProblem(path + ".status", "must be firing or resolved"));
        }
        String fingerprint = alert.fingerprint();
        if (fingerprint == null || !FINGERPRINT.matcher(fingerprint).matches()) {
            problems.add(new FieldProblem(path + ".fingerprint", "is required: Alertmanager's fingerprint of the alert"));
        }
        Map<String, String> labels = (alert.labels() != null) ? alert.labels() : Map.of();
        String name = labels.get("alertname");
        if (name == null || name.isBlank()) {
            problems.add(new FieldProblem(path + ".labels.alertname", "is required"));
        }
        Severity severity = severity(path, labels.get("severity"), problems);
        Instant startsAt = instant(path + ".startsAt", alert.startsAt(), true, problems);
        Instant endsAt = instant(path + ".endsAt", alert.endsAt(), false, problems);
        if (problems.size() > before || status == null || startsAt == null || severity == null) {
            return Optional.empty();
        }
        return Optional.of(build(alert, fingerprint, status, severity, startsAt, endsAt, payload.receiver()));
    }

    private AlertCandidate build(AlertmanagerPayload.Alert alert, String fingerprint, AlertStatus status,
            Severity severity, Instant startsAt, @Nullable Instant endsAt, @Nullable String receiver) {
        Map<String, String> labels = new LinkedHashMap<>(alert.labels());
        Map<String, String> annotations = (alert.annotations() != null) ? alert.annotations() : Map.of();
        String summary = annotations.getOrDefault("summary", "");
        String description = annotations.getOrDefault("description", summary);
        String name = labels.get("alertname");
        String title = summary.isBlank() ? name : name + ": " + summary;
        if (receiver != null) {
            labels.putIfAbsent("receiver", receiver);
        }
        return new AlertCandidate("am:" + fingerprint, AlertKind.PROMETHEUS, severity, status, "alertmanager", title,
                description, labels, startsAt, (status == AlertStatus.RESOLVED) ? endsAt : null, null, channels,
                properties.cooldown(), "am:" + fingerprint + ":" + status.wireName() + ":" + startsAt);
    }

    private @Nullable Severity severity(String path, @Nullable String label, List<FieldProblem> problems) {
        if (label == null || label.isBlank()) {
            return properties.defaultSeverity();
        }
        Optional<Severity> severity = Severity.parse(label);
        if (severity.isPresent()) {
            return severity.get();
        }
        Severity alias = properties.severityAliases().get(label.toLowerCase(Locale.ROOT));
        if (alias == null) {
            problems.add(new FieldProblem(path + ".labels.severity", "'" + label + "' is unknown: use info, warning or"
                    + " critical, or map it with tradewatch.alerts.alertmanager.severity-aliases"));
        }
        return alias;
    }

    private static @Nullable Instant instant(String field, @Nullable String text, boolean required,
            List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            if (required) {
                problems.add(new FieldProblem(field, "is required (RFC 3339)"));
            }
            return null;
        }
        try {
            Instant instant = OffsetDateTime.parse(text.trim()).toInstant();
            if (instant.equals(GO_ZERO_TIME) && required) {
                problems.add(new FieldProblem(field, "must not be the zero time"));
            }
            return instant.equals(GO_ZERO_TIME) ? null : instant;
        }
        catch (DateTimeParseException ex) {
            problems.add(new FieldProblem(field, "'" + text + "' is not an RFC 3339 time"));
            return null;
        }
    }
}
