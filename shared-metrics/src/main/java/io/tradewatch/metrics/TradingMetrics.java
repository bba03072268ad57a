package io.tradewatch.metrics;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Timer;

import io.tradewatch.metrics.catalog.TagValues.OrderType;
import io.tradewatch.metrics.catalog.TagValues.PnlKind;
import io.tradewatch.metrics.catalog.TagValues.Side;

import static io.tradewatch.metrics.catalog.MetricCatalog.ORDERS_CANCELLED;
import static io.tradewatch.metrics.catalog.MetricCatalog.ORDERS_FILLED;
import static io.tradewatch.metrics.catalog.MetricCatalog.ORDERS_PLACED;
import static io.tradewatch.metrics.catalog.MetricCatalog.ORDERS_REJECTED;
import static io.tradewatch.metrics.catalog.MetricCatalog.ORDER_FILL_LATENCY;
import static io.tradewatch.metrics.catalog.MetricCatalog.ORDER_SLIPPAGE;
import static io.tradewatch.metrics.catalog.MetricCatalog.PAPER_PNL;
import static io.tradewatch.metrics.catalog.MetricCatalog.PAPER_PORTFOLIO_VALUE;
import static io.tradewatch.metrics.catalog.MetricCatalog.PAPER_TICK_DURATION;
import static io.tradewatch.metrics.catalog.MetricCatalog.PAPER_TRADES;
import static io.tradewatch.metrics.catalog.MetricCatalog.POSITIONS_OPEN;
import static io.tradewatch.metrics.catalog.MetricCatalog.SIGNALS_GENERATED;
import static io.tradewatch.metrics.catalog.MetricCatalog.STRATEGY_EVALUATION;

/** Records the {@code trading} group: signals, the order lifecycle, paper fills, portfolio and P&L. */
public final class TradingMetrics {

    private final GuardedMeters<Counter[]> signals;

    private final Timer evaluation;

    private final Counter[][] placed;

    private final Counter[][] filled;

    private final Counter[][] rejected;

    private final Counter[][] cancelled;

    private final Timer[] fillLatency;

    private final DistributionSummary[] slippage;

    private final Counter[] trades;

    private final GaugeValue portfolioValue;

    private final GaugeValue[] pnl;

    private final GaugeValue positionsOpen;

    private final Timer paperTick;

    public TradingMetrics(MeterFactory meters) {
        this.signals = meters.guarded(SIGNALS_GENERATED, "strategy",
                strategy -> Arrays.stream(Side.values())
                    .map(side -> meters.counter(SIGNALS_GENERATED, "strategy", strategy, "side", side.tagValue()))
                    .toArray(Counter[]::new),
                counters -> Arrays.<Meter>asList(counters));
        this.evaluation = meters.timer(STRATEGY_EVALUATION);
        this.placed = BoundedMeters.counters(meters, ORDERS_PLACED, Side.class, OrderType.class);
        this.filled = BoundedMeters.counters(meters, ORDERS_FILLED, Side.class, OrderType.class);
        this.rejected = BoundedMeters.counters(meters, ORDERS_REJECTED, Side.class, OrderType.class);
        this.cancelled = BoundedMeters.counters(meters, ORDERS_CANCELLED, Side.class, OrderType.class);
        this.fillLatency = BoundedMeters.timers(meters, ORDER_FILL_LATENCY, OrderType.class);
        this.slippage = BoundedMeters.summaries(meters, ORDER_SLIPPAGE, Side.class);
        this.trades = BoundedMeters.counters(meters, PAPER_TRADES, Side.class);
        this.portfolioValue = meters.gauge(PAPER_PORTFOLIO_VALUE);
        this.pnl = BoundedMeters.gauges(meters, PAPER_PNL, PnlKind.class);
        this.positionsOpen = meters.gauge(POSITIONS_OPEN);
        this.paperTick = meters.timer(PAPER_TICK_DURATION);
    }

    public void signal(String strategyId, Side side) {
        signals.get(strategyId)[side.ordinal()].increment();
    }

    public void strategyEvaluation(long nanos) {
        evaluation.record(nanos, TimeUnit.NANOSECONDS);
    }

    public void orderPlaced(Side side, OrderType type) {
        placed[side.ordinal()][type.ordinal()].increment();
    }

    /** An order filled {@code latencyMillis} after it was requested, {@code slippageBps} off its reference. */
    public void orderFilled(Side side, OrderType type, long latencyMillis, double slippageBps) {
        filled[side.ordinal()][type.ordinal()].increment();
        fillLatency[type.ordinal()].record(Math.max(0, latencyMillis), TimeUnit.MILLISECONDS);
        slippage[side.ordinal()].record(slippageBps);
        trades[side.ordinal()].increment();
    }

    public void orderRejected(Side side, OrderType type) {
        rejected[side.ordinal()][type.ordinal()].increment();
    }

    public void orderCancelled(Side side, OrderType type) {
        cancelled[side.ordinal()][type.ordinal()].increment();
    }

    /** The portfolio as last marked: value and P&L in USD, and how many positions are open. */
    public void portfolio(double valueUsd, double realizedPnlUsd, double unrealizedPnlUsd, int openPositions) {
        portfolioValue.set(valueUsd);
        pnl[PnlKind.REALIZED.ordinal()].set(realizedPnlUsd);
        pnl[PnlKind.UNREALIZED.ordinal()].set(unrealizedPnlUsd);
        positionsOpen.set(openPositions);
    }

    public void paperTick(long nanos) {
        paperTick.record(nanos, TimeUnit.NANOSECONDS);
    }
}
