package io.tradewatch.platform.web;

/** One invalid field of a request: its JSON path or parameter name, and what is wrong with it. */
public record FieldProblem(String field, String message) {
}
