package io.tradewatch.risk.domain;

import java.util.List;

import io.tradewatch.risk.domain.rules.DrawdownLevel;
import io.tradewatch.risk.domain.rules.RiskLimits;
import io.tradewatch.risk.domain.rules.RiskState;

/**
 * The whole risk state read in one atomic step: the limits in force, the state the rules see, the kill
 * switch, every position and every open reservation, and the stored drawdown level.
 */
public record RiskView(RiskLimits limits, RiskState state, KillSwitchState killSwitch, List<PositionView> positions,
        List<ReservationView> reservations, DrawdownLevel drawdownLevel) {
}
