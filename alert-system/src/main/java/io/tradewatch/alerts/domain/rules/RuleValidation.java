package io.tradewatch.alerts.domain.rules;

import java.util.List;

/** The answer of {@link RuleValidator}: a valid rule, or every problem found. */
public sealed interface RuleValidation {

    record Valid(AlertRule rule) implements RuleValidation {
    }

    record Invalid(List<RuleProblem> problems) implements RuleValidation {

        public Invalid {
            problems = List.copyOf(problems);
        }
    }
}
