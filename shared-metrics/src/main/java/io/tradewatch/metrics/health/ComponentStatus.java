package io.tradewatch.metrics.health;

/** What a component says of itself. {@code UNKNOWN} until it reports anything. */
public enum ComponentStatus {

    UNKNOWN, UP, DEGRADED, DOWN;

    /** The status part of the score, 0-1. */
    double weight() {
        return switch (this) {
            case UP -> 1.0;
            case DEGRADED -> 0.5;
            case DOWN, UNKNOWN -> 0.0;
        };
    }
}
