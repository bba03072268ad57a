package io.tradewatch.risk.domain;

import java.util.List;

import io.tradewatch.risk.domain.rules.Violation;

/**
 * The decision on one order as stored in Redis: its id and time, and every failed rule. {@code duplicate}
 * says it was decided before (a redelivery), {@code engagedKillSwitch} that this decision engaged it.
 */
public record Decision(String id, String decidedAt, boolean approved, List<Violation> violations, boolean duplicate,
        boolean engagedKillSwitch) {
}
