package io.tradewatch.strategy.domain;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.tradewatch.strategy.domain.indicator.Bollinger;

/**
 * Bollinger breakout: BUY when the price closes above the upper band, SELL when it closes below the lower
 * band (bands include the current price). Strength is the distance past the band relative to the band's
 * half width, capped at 1.
 */
public final class BollingerBreakoutRule implements SignalRule {

    private enum Position { UNKNOWN, ABOVE, INSIDE, BELOW }

    private final Bollinger bands;

    private Position position = Position.UNKNOWN;

    public BollingerBreakoutRule(int period, double k) {
        this.bands = new Bollinger(period, k);
    }

    @Override
    public @Nullable Decision update(Bar bar) {
        double price = bar.close();
        bands.update(price);
        if (!bands.isReady()) {
            return null;
        }
        double upper = bands.upper();
        double lower = bands.lower();
        Position next = (price > upper) ? Position.ABOVE : (price < lower) ? Position.BELOW : Position.INSIDE;
        Position previous = position;
        position = next;
        if (previous == Position.UNKNOWN || previous == next) {
            return null;
        }
        double halfWidth = upper - bands.middle();
        return switch (next) {
            case ABOVE -> new Decision(Side.BUY, (halfWidth > 0) ? (price - upper) / halfWidth : 1);
            case BELOW -> new Decision(Side.SELL, (halfWidth > 0) ? (lower - price) / halfWidth : 1);
            case INSIDE, UNKNOWN -> null;
        };
    }

    @Override
    public boolean isReady() {
        return bands.isReady();
    }

    @Override
    public String state() {
        return position.name();
    }

    @Override
    public Map<String, Double> indicators() {
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("middle", bands.middle());
        values.put("upper", bands.upper());
        values.put("lower", bands.lower());
        return values;
    }
}
