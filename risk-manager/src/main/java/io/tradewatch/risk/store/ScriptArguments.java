package io.tradewatch.risk.store;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import io.tradewatch.risk.config.RiskProperties;
import io.tradewatch.risk.domain.rules.Units;

import org.springframework.stereotype.Component;

/**
 * The arguments every risk script takes besides its own: the starting equity (seeded on first use), how
 * long processed-event markers live, whether a critical breach engages the kill switch, and the time and
 * UTC day of the change (the day decides when daily loss starts again).
 */
@Component
public class ScriptArguments {

    private final Clock clock;

    private final String startingEquity;

    private final String ttlSeconds;

    private final String engageOnCritical;

    ScriptArguments(Clock clock, RiskProperties properties) {
        this.clock = clock;
        this.startingEquity = Long.toString(Units.toUnits(properties.startingEquity(), Units.USD));
        this.ttlSeconds = Long.toString(properties.decisionTtl().toSeconds());
        this.engageOnCritical = properties.engageKillSwitchOnCritical() ? "1" : "0";
    }

    /** The current instant, in milliseconds. */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** The UTC day of an instant, as the ISO date the scripts compare. */
    public static String day(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC).toString();
    }

    /** Starting equity in cents. */
    public String startingEquity() {
        return startingEquity;
    }

    public String ttlSeconds() {
        return ttlSeconds;
    }

    /** {@code 1} when a critical breach engages the kill switch, else {@code 0}. */
    public String engageOnCritical() {
        return engageOnCritical;
    }
}
