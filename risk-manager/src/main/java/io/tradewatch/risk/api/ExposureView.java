package io.tradewatch.risk.api;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.tradewatch.risk.domain.ReservationView;
import io.tradewatch.risk.domain.RiskView;
import io.tradewatch.risk.domain.rules.LimitUsage;
import io.tradewatch.risk.domain.rules.RiskState;

/**
 * {@code GET /api/risk/exposure}: gross exposure (marked positions plus reservations) against its limit,
 * open orders, equity and its parts, today's P&L, drawdown from the peak, the kill switch, the usage of
 * each account-wide limit and every open reservation. USD amounts are decimal strings; ratios numbers.
 */
record ExposureView(String grossExposure, String positionExposure, String reservedExposure, String maxGrossExposure,
        int openOrders, int maxOpenOrders, String startingEquity, String equity, String equityPeak,
        String realizedPnl, String unrealizedPnl, String dayStartEquity, String dailyPnl, double drawdown,
        String drawdownLevel, boolean killSwitch, Map<String, Double> limitUsage, List<ReservationView> reservations) {

    static ExposureView of(RiskView view, Clock clock) {
        RiskState state = view.state();
        String today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString();
        Map<String, Double> usage = new LinkedHashMap<>();
        LimitUsage.of(view.limits(), state, today).forEach((rule, ratio) -> usage.put(rule.wireName(), ratio));
        return new ExposureView(state.grossExposure().toPlainString(), state.positionExposure().toPlainString(),
                state.reservedExposure().toPlainString(), view.limits().maxGrossExposure().toPlainString(),
                state.openOrders(), view.limits().maxOpenOrders(), state.startingEquity().toPlainString(),
                state.equity().toPlainString(), state.peak().toPlainString(), state.realizedPnl().toPlainString(),
                state.unrealizedPnl().toPlainString(), state.dayStartEquity(today).toPlainString(),
                state.dailyLoss(today).negate().toPlainString(), state.drawdown().doubleValue(),
                view.drawdownLevel().name().toLowerCase(Locale.ROOT), state.killSwitch(), usage,
                view.reservations());
    }
}
