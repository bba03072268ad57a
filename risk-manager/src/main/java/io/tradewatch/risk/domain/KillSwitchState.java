package io.tradewatch.risk.domain;

import org.jspecify.annotations.Nullable;

/**
 * The kill switch as stored in {@code risk:killswitch}: whether it is engaged, why, who changed it last
 * ({@code api} or {@code automatic}) and when.
 */
public record KillSwitchState(boolean engaged, @Nullable String reason, @Nullable String source,
        @Nullable String changedAt) {
}
