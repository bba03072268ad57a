package io.tradewatch.risk.exposure;

import java.util.List;

import io.tradewatch.risk.killswitch.KillSwitchState;
import io.tradewatch.risk.rules.DrawdownLevel;
import io.tradewatch.risk.rules.RiskLimits;
import io.tradewatch.risk.rules.RiskState;

/**
 * The whole risk state read in one atomic step: the limits in force, the state the rules see, the kill
 * switch, every position and every open reservation, and the stored drawdown level.
 */
public record RiskView(RiskLimits limits, RiskState state, KillSwitchState killSwitch, List<PositionView> positions,
        List<ReservationView> reservations, DrawdownLevel drawdownLevel) {
}
