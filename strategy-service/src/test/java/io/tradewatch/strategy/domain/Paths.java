package io.tradewatch.strategy.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Scripted price paths and definitions shared by the domain tests. */
final class Paths {

    /** Start of the scripted paths: 2026-01-01T00:00:00Z. */
    static final long T0 = 1_767_225_600_000L;

    /**
     * SMA(2) / SMA(4) crosses: BUY at index 5 (16), SELL at 9 (18), BUY at 12 (20), SELL at 15 (16). Worked by
     * hand: at index 5 the fast average is (10 + 16) / 2 = 13 against a slow (12 + 11 + 10 + 16) / 4 = 12.25.
     */
    static final double[] CROSSOVER = { 14, 13, 12, 11, 10, 16, 20, 24, 22, 18, 10, 12, 20, 25, 22, 16, 15 };

    private Paths() {
    }

    static List<Bar> minuteBars(double... closes) {
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < closes.length; i++) {
            bars.add(Bar.ofTick(T0 + i * 60_000L, closes[i], 1));
        }
        return bars;
    }

    static StrategyDefinition crossover(Duration cooldown) {
        return new StrategyDefinition("cross", StrategyType.MA_CROSSOVER, List.of("TESTUSDT"),
                Map.of("fast", 2, "slow", 4, "average", "sma", "atrPeriod", 14, "vwapWindow", 100),
                new BigDecimal("1000.00"), cooldown, true);
    }
}
