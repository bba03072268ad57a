package io.tradewatch.strategy.api;

import org.jspecify.annotations.Nullable;

import io.tradewatch.strategy.domain.DefinitionDraft;

/**
 * A backtest to run: a stored strategy ({@code strategyId}) or an inline definition ({@code strategy}); the
 * symbol (default: the strategy's first); the bars from {@code csv} (CSV text) or else from the stored
 * one-minute candles between {@code from} and {@code to} (epoch ms or ISO-8601, default all); and the
 * starting cash in USD (default 10000).
 */
record BacktestRequest(@Nullable String strategyId, @Nullable DefinitionDraft strategy, @Nullable String symbol,
        @Nullable String csv, @Nullable String from, @Nullable String to, @Nullable String initialCash) {
}
