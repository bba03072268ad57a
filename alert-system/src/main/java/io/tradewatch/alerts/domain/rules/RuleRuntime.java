package io.tradewatch.alerts.domain.rules;

import java.util.Set;

/** The evaluation state of one rule: which subjects it is currently firing for. */
sealed interface RuleRuntime permits ThresholdRuntime, PercentMoveRuntime, StaleRuntime {

    AlertRule rule();

    /** The subjects this rule is firing for. */
    Set<String> active();

    /** Marks {@code subject} firing or not, to take over state from a previous version of the rule or undo a transition. */
    void setActive(String subject, boolean firing);
}
