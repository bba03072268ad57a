package io.tradewatch.alerts.domain.rules;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

import io.tradewatch.alerts.domain.AlertStatus;

/**
 * A rule's condition started ({@code FIRING}) or stopped ({@code RESOLVED}) holding for {@code subject}
 * (a symbol, or {@code portfolio}), with the observed value that decided it and a sentence saying why.
 */
public record RuleTransition(AlertRule rule, String subject, AlertStatus status, @Nullable BigDecimal value,
        Instant at, String detail) {
}
