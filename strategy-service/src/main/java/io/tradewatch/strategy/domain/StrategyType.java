package io.tradewatch.strategy.domain;

import java.util.Arrays;
import java.util.Optional;

/** The built-in strategy types, with the name used on the wire and in routing keys. */
public enum StrategyType {

    MA_CROSSOVER("ma_crossover"),
    RSI_MEAN_REVERSION("rsi_mean_reversion"),
    BOLLINGER_BREAKOUT("bollinger_breakout");

    private final String wireName;

    StrategyType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<StrategyType> fromWireName(String name) {
        return Arrays.stream(values()).filter(type -> type.wireName.equals(name)).findFirst();
    }
}
