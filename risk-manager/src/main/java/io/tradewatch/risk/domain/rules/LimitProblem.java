package io.tradewatch.risk.domain.rules;

/** One invalid field of a limits draft: its path ({@code symbols.BTCUSDT.maxPosition}) and what is wrong. */
public record LimitProblem(String field, String message) {
}
