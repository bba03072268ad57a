package io.tradewatch.strategy.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;

import io.tradewatch.strategy.domain.BacktestResult.EquityPoint;

/**
 * Risk figures of an equity curve: the largest peak-to-trough fall (as a ratio of the peak and in USD) and
 * the Sharpe ratio of per-bar returns (risk-free rate 0, sample standard deviation), annualized with the
 * median bar spacing; 0 when there are fewer than two returns or no variation.
 */
record PerformanceStats(double maxDrawdown, BigDecimal maxDrawdownUsd, double sharpe) {

    private static final double MILLIS_PER_YEAR = 365.25 * 24 * 3600 * 1000;

    static PerformanceStats of(List<EquityPoint> curve) {
        double peak = Double.NEGATIVE_INFINITY;
        BigDecimal peakUsd = BigDecimal.ZERO;
        double maxRatio = 0;
        BigDecimal maxUsd = BigDecimal.ZERO;
        for (EquityPoint point : curve) {
            double equity = point.equity().doubleValue();
            if (equity > peak) {
                peak = equity;
                peakUsd = point.equity();
            }
            if (peak > 0) {
                maxRatio = Math.max(maxRatio, (peak - equity) / peak);
            }
            BigDecimal fall = peakUsd.subtract(point.equity());
            maxUsd = fall.max(maxUsd);
        }
        return new PerformanceStats(round(maxRatio), maxUsd.setScale(2, RoundingMode.HALF_EVEN), round(sharpe(curve)));
    }

    private static double sharpe(List<EquityPoint> curve) {
        int n = curve.size() - 1;
        if (n < 2) {
            return 0;
        }
        double[] returns = new double[n];
        long[] spacing = new long[n];
        for (int i = 0; i < n; i++) {
            double previous = curve.get(i).equity().doubleValue();
            returns[i] = (previous == 0) ? 0 : curve.get(i + 1).equity().doubleValue() / previous - 1;
            spacing[i] = curve.get(i + 1).time() - curve.get(i).time();
        }
        double mean = Arrays.stream(returns).average().orElse(0);
        double variance = Arrays.stream(returns).map(r -> (r - mean) * (r - mean)).sum() / (n - 1);
        if (variance <= 0) {
            return 0;
        }
        Arrays.sort(spacing);
        long median = Math.max(1, spacing[n / 2]);
        return mean / Math.sqrt(variance) * Math.sqrt(MILLIS_PER_YEAR / median);
    }

    private static double round(double value) {
        return Math.round(value * 1e6) / 1e6;
    }
}
