package io.tradewatch.risk.domain.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The account as one check sees it: kill switch, per-symbol books, the exposure reserved by open orders,
 * and the figures equity is made of (starting equity, realized P&L net of fees, unrealized P&L). The day
 * start and peak are as stored: {@link #dayStartEquity} and {@link #peak} resolve them as the scripts do.
 */
public record RiskState(boolean killSwitch, Map<String, SymbolBook> books, BigDecimal reservedExposure,
        int openOrders, BigDecimal startingEquity, BigDecimal realizedPnl, BigDecimal storedPeak,
        @Nullable String day, @Nullable BigDecimal storedDayStart) {

    public RiskState {
        books = Map.copyOf(books);
    }

    public SymbolBook book(String symbol) {
        SymbolBook book = books.get(symbol);
        return (book != null) ? book : SymbolBook.empty(symbol);
    }

    public BigDecimal unrealizedPnl() {
        return books.values().stream().map(SymbolBook::unrealized).reduce(cents(), BigDecimal::add);
    }

    public BigDecimal positionExposure() {
        return books.values().stream().map(SymbolBook::exposure).reduce(cents(), BigDecimal::add);
    }

    public BigDecimal grossExposure() {
        return positionExposure().add(reservedExposure);
    }

    public BigDecimal equity() {
        return startingEquity.add(realizedPnl).add(unrealizedPnl());
    }

    /** Equity at the start of {@code today} (ISO date): the current equity when the stored day is older. */
    public BigDecimal dayStartEquity(String today) {
        if (day == null || storedDayStart == null || today.compareTo(day) > 0) {
            return equity();
        }
        return storedDayStart;
    }

    /** Today's loss (positive) or gain (negative) against the day start. */
    public BigDecimal dailyLoss(String today) {
        return dayStartEquity(today).subtract(equity());
    }

    /** The equity peak, never below the current equity. */
    public BigDecimal peak() {
        return storedPeak.max(equity());
    }

    /** Drawdown from the peak as a ratio, 6 decimals rounded up (never understated); zero without a peak. */
    public BigDecimal drawdown() {
        BigDecimal peak = peak();
        if (peak.signum() <= 0) {
            return BigDecimal.ZERO.setScale(Units.DRAWDOWN);
        }
        BigDecimal drawdown = peak.subtract(equity());
        if (drawdown.signum() <= 0) {
            return BigDecimal.ZERO.setScale(Units.DRAWDOWN);
        }
        return drawdown.divide(peak, Units.DRAWDOWN, RoundingMode.CEILING);
    }

    /** Whether drawdown from the peak is strictly above a ratio threshold, compared exactly. */
    public boolean drawdownAbove(BigDecimal threshold) {
        BigDecimal peak = peak();
        return peak.signum() > 0 && peak.subtract(equity()).compareTo(threshold.multiply(peak)) > 0;
    }

    private static BigDecimal cents() {
        return BigDecimal.ZERO.setScale(Units.USD);
    }
}
