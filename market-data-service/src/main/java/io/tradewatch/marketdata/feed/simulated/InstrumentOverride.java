package io.tradewatch.marketdata.feed.simulated;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Positive;
import org.jspecify.annotations.Nullable;

/**
 * Settings of one simulated symbol's price walk that replace its built-in ones; each is optional. Tick and
 * lot sizes are not among them: they come from the instrument catalog ({@code tradewatch.instruments}).
 *
 * @param startPrice the first price, in the quote asset
 * @param drift annualized drift (0.05 is 5% a year)
 * @param volatility annualized volatility (0.6 is 60% a year)
 * @param spreadBps bid/ask spread around the trade price, in basis points
 * @param meanSize mean trade size, in the base asset
 */
public record InstrumentOverride(@Nullable @Positive BigDecimal startPrice, @Nullable Double drift,
        @Nullable @DecimalMin("0") Double volatility, @Nullable @DecimalMin("0") Double spreadBps,
        @Nullable @Positive BigDecimal meanSize) {
}
