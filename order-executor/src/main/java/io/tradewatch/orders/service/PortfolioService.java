package io.tradewatch.orders.service;

import java.math.BigDecimal;
import java.util.List;

import io.tradewatch.orders.config.OrderExecutorProperties;
import io.tradewatch.orders.domain.Account;
import io.tradewatch.orders.domain.Valuation;
import io.tradewatch.orders.store.PortfolioStore;
import io.tradewatch.orders.store.Trade;

import org.springframework.stereotype.Service;

/** Reads the paper portfolio from Redis and marks it to market with the last tick prices. */
@Service
public class PortfolioService {

    private final PortfolioStore store;

    private final BigDecimal startingCash;

    PortfolioService(PortfolioStore store, OrderExecutorProperties properties) {
        this.store = store;
        this.startingCash = properties.startingCash();
    }

    public Snapshot snapshot() {
        Account account = store.account();
        Valuation valuation = Valuation.of(account, store.positions(), store.marks());
        return new Snapshot(startingCash, valuation.cash(), valuation.equity(), valuation.realizedPnl(),
                valuation.unrealizedPnl(), valuation.fees(), valuation.openPositions(), account.version(),
                valuation.positions());
    }

    public List<Trade> trades(int limit) {
        return store.trades(limit);
    }

    /**
     * The portfolio as {@code /api/portfolio} shows it: cash, equity (cash + positions at their marks), P&L
     * (realized net of fees, unrealized at the marks), fees paid, and the open positions.
     */
    public record Snapshot(BigDecimal startingCash, BigDecimal cash, BigDecimal equity, BigDecimal realizedPnl,
            BigDecimal unrealizedPnl, BigDecimal fees, int openPositions, long fillsApplied,
            List<Valuation.MarkedPosition> positions) {
    }
}
