package io.tradewatch.risk.messaging;

import java.util.List;

import io.tradewatch.risk.domain.rules.Violation;

/**
 * The {@code order.approved} / {@code order.rejected} body, exactly the fields of {@code docs/events.md}.
 * Its id is the decision's id, so a re-published decision is recognisably the same event.
 */
public record DecisionEvent(String type, String id, String occurredAt, int version, String orderId, String symbol,
        String side, String orderType, String quantity, String notional, String decidedAt, List<Reason> reasons) {

    /** One failed rule: its name, the value that failed it and the threshold, as decimal strings. */
    public record Reason(String rule, String value, String threshold, String message) {

        public static Reason of(Violation violation) {
            return new Reason(violation.rule().wireName(), violation.value().toPlainString(),
                    violation.threshold().toPlainString(), violation.message());
        }
    }
}
