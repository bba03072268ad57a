package io.tradewatch.strategy.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.tradewatch.strategy.domain.BacktestResult.EquityPoint;
import io.tradewatch.strategy.domain.BacktestResult.OpenPosition;
import io.tradewatch.strategy.domain.BacktestResult.SignalPoint;
import io.tradewatch.strategy.domain.BacktestResult.Trade;

/**
 * Replays bars through the same {@link SymbolStrategy} the live engine runs and trades its signals long-only:
 * a BUY while flat buys {@code notional / close} (8 decimals, rounded down) at the bar's close, a SELL while
 * long sells it all at the close; other signals change nothing. No fees or slippage.
 */
public final class Backtester {

    static final int QUANTITY_SCALE = 8;

    static final int USD_SCALE = 2;

    private Backtester() {
    }

    public static BacktestResult run(StrategyDefinition definition, String symbol, List<Bar> bars,
            BigDecimal initialCash) {
        SymbolStrategy strategy = new SymbolStrategy(definition, symbol);
        Ledger ledger = new Ledger(initialCash, definition.notional());
        List<SignalPoint> signals = new ArrayList<>();
        for (Bar bar : bars) {
            BigDecimal close = price(bar.close());
            Decision decision = strategy.onBar(bar);
            if (decision != null) {
                signals.add(new SignalPoint(bar.time(), decision.side(), close, decision.strength()));
                ledger.apply(decision.side(), bar.time(), close);
            }
            ledger.mark(bar.time(), close);
        }
        return ledger.result(definition, symbol, bars, signals);
    }

    static BigDecimal price(double value) {
        return BigDecimal.valueOf(value);
    }

    /** Cash, the open position and the trades of one backtest. */
    private static final class Ledger {

        private final BigDecimal initialCash;

        private final BigDecimal notional;

        private BigDecimal cash;

        private BigDecimal quantity = BigDecimal.ZERO;

        private BigDecimal entryPrice = BigDecimal.ZERO;

        private long entryTime;

        private BigDecimal lastClose = BigDecimal.ZERO;

        private final List<Trade> trades = new ArrayList<>();

        private final List<EquityPoint> curve = new ArrayList<>();

        Ledger(BigDecimal initialCash, BigDecimal notional) {
            this.initialCash = initialCash;
            this.notional = notional;
            this.cash = initialCash;
        }

        void apply(Side side, long time, BigDecimal close) {
            switch (side) {
                case BUY -> {
                    if (quantity.signum() == 0 && close.signum() > 0) {
                        quantity = notional.divide(close, QUANTITY_SCALE, RoundingMode.DOWN);
                        cash = cash.subtract(quantity.multiply(close));
                        entryPrice = close;
                        entryTime = time;
                    }
                }
                case SELL -> {
                    if (quantity.signum() > 0) {
                        cash = cash.add(quantity.multiply(close));
                        BigDecimal pnl = quantity.multiply(close.subtract(entryPrice)).setScale(USD_SCALE,
                                RoundingMode.HALF_EVEN);
                        trades.add(new Trade(entryTime, entryPrice, time, close, quantity, pnl));
                        quantity = BigDecimal.ZERO;
                    }
                }
            }
        }

        void mark(long time, BigDecimal close) {
            lastClose = close;
            curve.add(new EquityPoint(time, usd(cash.add(quantity.multiply(close)))));
        }

        BacktestResult result(StrategyDefinition definition, String symbol, List<Bar> bars, List<SignalPoint> signals) {
            BigDecimal finalEquity = usd(cash.add(quantity.multiply(lastClose)));
            BigDecimal realized = trades.stream().map(Trade::pnl).reduce(BigDecimal.ZERO, BigDecimal::add);
            @Nullable OpenPosition open = (quantity.signum() > 0) ? new OpenPosition(entryTime, entryPrice, quantity,
                    usd(quantity.multiply(lastClose.subtract(entryPrice)))) : null;
            long wins = trades.stream().filter(trade -> trade.pnl().signum() > 0).count();
            double winRate = trades.isEmpty() ? 0 : (double) wins / trades.size();
            PerformanceStats stats = PerformanceStats.of(curve);
            return new BacktestResult(definition.id(), definition.type(), symbol, bars.size(), usd(initialCash),
                    finalEquity, finalEquity.subtract(usd(initialCash)), usd(realized), stats.maxDrawdown(),
                    stats.maxDrawdownUsd(), stats.sharpe(), winRate, signals, trades, open, curve);
        }

        private static BigDecimal usd(BigDecimal value) {
            return value.setScale(USD_SCALE, RoundingMode.HALF_EVEN);
        }
    }
}
