package io.tradewatch.strategy.domain;

/** A rule's decision to signal: the side and a strength between 0 and 1. */
public record Decision(Side side, double strength) {

    public Decision {
        strength = Double.isNaN(strength) ? 0 : Math.clamp(strength, 0.0, 1.0);
    }
}
