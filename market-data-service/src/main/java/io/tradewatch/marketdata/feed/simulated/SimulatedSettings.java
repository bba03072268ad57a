package io.tradewatch.marketdata.feed.simulated;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Positive;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The simulated feed ({@code tradewatch.market-data.feed.simulated.*}).
 *
 * @param seed makes a run reproducible (same ticks in the same order); random when absent
 * @param ticksPerSecond ticks per second over all symbols
 * @param symbols the symbols to simulate; empty means every configured symbol
 * @param gapProbability chance per tick of skipping 1-3 sequence numbers first (an injected gap)
 * @param malformedProbability chance per tick of emitting an invalid tick instead (NaN or non-positive
 * values, or an unknown symbol), which validation must reject
 * @param timeScale simulated seconds per real second: 1 is real time, 3600 moves an hour per second
 * @param instruments per-symbol overrides of the built-in start price, drift, volatility, spread and size
 */
public record SimulatedSettings(@Nullable Long seed, @DefaultValue("200") @Positive double ticksPerSecond,
        @DefaultValue List<String> symbols,
        @DefaultValue("0") @DecimalMin("0") @DecimalMax("1") double gapProbability,
        @DefaultValue("0") @DecimalMin("0") @DecimalMax("1") double malformedProbability,
        @DefaultValue("1") @Positive double timeScale, @DefaultValue Map<String, @Valid InstrumentOverride> instruments) {

    public SimulatedSettings {
        symbols = symbols.stream().map(String::toUpperCase).toList();
        instruments = instruments.entrySet()
            .stream()
            .collect(Collectors.toUnmodifiableMap(entry -> entry.getKey().toUpperCase(), Map.Entry::getValue));
    }
}
