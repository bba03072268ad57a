package io.tradewatch.strategy.domain;

/** One invalid field of a strategy definition and what is wrong with it. */
public record DefinitionProblem(String field, String message) {
}
