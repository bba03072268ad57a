package io.tradewatch.orders.service;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.tradewatch.metrics.TradingMetrics;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Refreshes the portfolio gauges (value, realized and unrealized P&L, open positions) from Redis, so every
 * replica shows the shared portfolio, whichever replica applied the fills and ticks.
 */
@Component
class PortfolioGauges {

    private static final Logger log = LoggerFactory.getLogger(PortfolioGauges.class);

    private final PortfolioService portfolio;

    private final TradingMetrics metrics;

    PortfolioGauges(PortfolioService portfolio, TradingMetrics metrics) {
        this.portfolio = portfolio;
        this.metrics = metrics;
    }

    @Scheduled(fixedDelayString = "${tradewatch.order-executor.portfolio-refresh:2s}")
    void refresh() {
        try {
            PortfolioService.Snapshot snapshot = portfolio.snapshot();
            metrics.portfolio(snapshot.equity().doubleValue(), snapshot.realizedPnl().doubleValue(),
                    snapshot.unrealizedPnl().doubleValue(), snapshot.openPositions());
        }
        catch (RuntimeException ex) {
            log.warn("Could not refresh the portfolio gauges from Redis: {}. They keep their last values until Redis"
                    + " answers again.", ex.getMessage());
        }
    }
}
