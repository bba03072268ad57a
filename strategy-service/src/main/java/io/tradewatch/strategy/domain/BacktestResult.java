package io.tradewatch.strategy.domain;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of a backtest: every signal and round-trip trade, P&L in USD (realized, and total including
 * the open position marked at the last close), maximum drawdown (ratio and USD), annualized Sharpe ratio of
 * per-bar returns, win rate of closed trades, and the equity after every bar.
 */
public record BacktestResult(String strategyId, StrategyType type, String symbol, int bars, BigDecimal initialCash,
        BigDecimal finalEquity, BigDecimal pnl, BigDecimal realizedPnl, double maxDrawdown, BigDecimal maxDrawdownUsd,
        double sharpe, double winRate, List<SignalPoint> signals, List<Trade> trades, @Nullable OpenPosition open,
        List<EquityPoint> equityCurve) {

    /** A signal the strategy produced at bar time {@code time}. */
    public record SignalPoint(long time, Side side, BigDecimal price, double strength) {
    }

    /** A closed long round trip. */
    public record Trade(long entryTime, BigDecimal entryPrice, long exitTime, BigDecimal exitPrice,
            BigDecimal quantity, BigDecimal pnl) {
    }

    /** The position still open after the last bar. */
    public record OpenPosition(long entryTime, BigDecimal entryPrice, BigDecimal quantity, BigDecimal unrealizedPnl) {
    }

    /** Equity in USD after the bar at {@code time}. */
    public record EquityPoint(long time, BigDecimal equity) {
    }
}
