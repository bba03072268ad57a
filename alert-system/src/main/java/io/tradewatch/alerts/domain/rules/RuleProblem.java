package io.tradewatch.alerts.domain.rules;

/** One invalid field of a rule draft: its JSON path ({@code channels[1].url}) and what is wrong. */
public record RuleProblem(String field, String message) {
}
