package io.tradewatch.liveview;

import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;

/**
 * What the view shows, computed from two consecutive snapshots (rates are their difference over the time
 * between them). An unknown figure is an empty {@link OptionalDouble}.
 *
 * @param at when the newer snapshot was taken
 * @param suiteStatus the gateway's overall status ({@code UP}, {@code DEGRADED}, {@code DOWN}), or
 *        {@code UNREACHABLE}
 * @param symbols per symbol, in display order
 * @param strategies signals per strategy
 * @param orders orders by outcome
 * @param pnl fills per second, P&amp;L and portfolio value
 * @param alerts open alerts, firing first
 * @param alertSource where the alerts come from ({@code prometheus} or {@code alert-system})
 * @param alertsTriggered alerts alert-system has sent since it started
 * @param services each service's readiness, health score and main timer
 */
record ViewModel(Instant at, String suiteStatus, List<SymbolRow> symbols, List<StrategyRow> strategies,
        Orders orders, Pnl pnl, List<AlertRow> alerts, String alertSource, OptionalDouble alertsTriggered,
        List<ServiceRow> services) {

    /** A symbol's last price (as the quote has it) and ticks per second at market-data-service. */
    record SymbolRow(String symbol, String last, OptionalDouble ticksPerSecond) {
    }

    /** Signals a strategy generated since strategy-service started, by side. */
    record StrategyRow(String strategy, long buy, long sell) {
    }

    /**
     * Orders since order-executor started, by outcome.
     *
     * @param topReasons risk limits that rejected most, with their counts, most first
     */
    record Orders(OptionalDouble placed, OptionalDouble filled, OptionalDouble rejected, OptionalDouble cancelled,
            List<Reason> topReasons) {
    }

    /** A rejection reason and how often it happened. */
    record Reason(String reason, long count) {
    }

    /** Fills per second, realized and unrealized P&amp;L and the portfolio value, in USD. */
    record Pnl(OptionalDouble fillsPerSecond, OptionalDouble realized, OptionalDouble unrealized,
            OptionalDouble portfolioValue) {
    }

    /** An open alert. */
    record AlertRow(String name, String severity, String service, String state) {
    }

    /**
     * A service's readiness ({@code UP}, {@code DOWN}, ... or {@code ?}), lowest component health score and
     * the p99 of its main timer in seconds.
     */
    record ServiceRow(String name, String readiness, OptionalDouble health, String timer, OptionalDouble p99) {
    }
}
