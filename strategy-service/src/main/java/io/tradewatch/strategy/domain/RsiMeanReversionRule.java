package io.tradewatch.strategy.domain;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.tradewatch.strategy.domain.indicator.WilderRsi;

/**
 * RSI mean reversion: BUY when Wilder's RSI falls below the oversold threshold, SELL when it rises above
 * the overbought one. Strength is how far past the threshold the RSI went, relative to the room left
 * (oversold to 0, overbought to 100).
 */
public final class RsiMeanReversionRule implements SignalRule {

    private enum Zone { UNKNOWN, OVERSOLD, NEUTRAL, OVERBOUGHT }

    private final WilderRsi rsi;

    private final double oversold;

    private final double overbought;

    private Zone zone = Zone.UNKNOWN;

    public RsiMeanReversionRule(int period, double oversold, double overbought) {
        this.rsi = new WilderRsi(period);
        this.oversold = oversold;
        this.overbought = overbought;
    }

    @Override
    public @Nullable Decision update(Bar bar) {
        double value = rsi.update(bar.close());
        if (!rsi.isReady()) {
            return null;
        }
        Zone next = (value < oversold) ? Zone.OVERSOLD : (value > overbought) ? Zone.OVERBOUGHT : Zone.NEUTRAL;
        Zone previous = zone;
        zone = next;
        if (previous == Zone.UNKNOWN || previous == next) {
            return null;
        }
        return switch (next) {
            case OVERSOLD -> new Decision(Side.BUY, (oversold - value) / oversold);
            case OVERBOUGHT -> new Decision(Side.SELL, (value - overbought) / (100 - overbought));
            case NEUTRAL, UNKNOWN -> null;
        };
    }

    @Override
    public boolean isReady() {
        return rsi.isReady();
    }

    @Override
    public String state() {
        return zone.name();
    }

    @Override
    public Map<String, Double> indicators() {
        return Map.of("rsi", rsi.value());
    }
}
