package io.tradewatch.marketdata.feed.replay;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The replay feed ({@code tradewatch.market-data.feed.replay.*}).
 *
 * @param location the CSV file, as a Spring resource location ({@code classpath:...} or {@code file:...})
 * @param speed 1 replays at the recorded pace, 10 ten times faster, 0 as fast as the pipeline takes them
 * @param loop start over at the end of the file, continuing each symbol's sequence numbers
 * @param rebaseTime shift trade times so the first trade happens now (quotes and candles then look live);
 * otherwise the recorded times are kept
 */
public record ReplaySettings(@DefaultValue("classpath:replay/sample-trades.csv") @NotBlank String location,
        @DefaultValue("1") @DecimalMin("0") double speed, @DefaultValue("false") boolean loop,
        @DefaultValue("true") boolean rebaseTime) {
}
