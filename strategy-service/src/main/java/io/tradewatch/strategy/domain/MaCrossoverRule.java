package io.tradewatch.strategy.domain;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.tradewatch.strategy.domain.indicator.MovingAverage;

/**
 * Moving-average crossover: BUY when the fast average crosses above the slow one, SELL when it crosses
 * below. Equal averages keep the previous state. Strength is the gap between the averages relative to 1 %
 * of the slow average, capped at 1.
 */
public final class MaCrossoverRule implements SignalRule {

    private enum Relation { UNKNOWN, ABOVE, BELOW }

    private final MovingAverage fast;

    private final MovingAverage slow;

    private Relation relation = Relation.UNKNOWN;

    public MaCrossoverRule(int fastPeriod, int slowPeriod, boolean exponential) {
        this.fast = exponential ? MovingAverage.exponential(fastPeriod) : MovingAverage.simple(fastPeriod);
        this.slow = exponential ? MovingAverage.exponential(slowPeriod) : MovingAverage.simple(slowPeriod);
    }

    @Override
    public @Nullable Decision update(Bar bar) {
        double f = fast.update(bar.close());
        double s = slow.update(bar.close());
        if (!slow.isReady() || !fast.isReady() || f == s) {
            return null;
        }
        Relation next = (f > s) ? Relation.ABOVE : Relation.BELOW;
        Relation previous = relation;
        relation = next;
        if (previous == Relation.UNKNOWN || previous == next) {
            return null;
        }
        double strength = (s == 0) ? 1 : Math.abs(f - s) / (0.01 * Math.abs(s));
        return new Decision((next == Relation.ABOVE) ? Side.BUY : Side.SELL, strength);
    }

    @Override
    public boolean isReady() {
        return slow.isReady() && fast.isReady();
    }

    @Override
    public String state() {
        return relation.name();
    }

    @Override
    public Map<String, Double> indicators() {
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("fast", fast.value());
        values.put("slow", slow.value());
        return values;
    }
}
