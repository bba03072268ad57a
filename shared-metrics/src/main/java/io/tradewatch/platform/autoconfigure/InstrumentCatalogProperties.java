package io.tradewatch.platform.autoconfigure;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.tradewatch.platform.instrument.Instrument;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The instrument catalog as configured ({@code tradewatch.instruments}); the starter ships the 20 default
 * instruments in {@code tradewatch-instruments.properties} at the lowest precedence.
 *
 * @param instruments every instrument, in the order the services list them
 */
@ConfigurationProperties("tradewatch")
public record InstrumentCatalogProperties(@DefaultValue List<Entry> instruments) {

    List<Instrument> toInstruments() {
        return instruments.stream().map(Entry::toInstrument).toList();
    }

    /**
     * One configured instrument.
     *
     * @param symbol the symbol, in any case (it is normalised to upper case)
     * @param tickSize the price increment
     * @param lotSize the quantity increment
     * @param minNotional the smallest order value, in the quote asset (0 when not set)
     * @param tradable whether orders may be placed (true when not set)
     */
    public record Entry(@Nullable String symbol, @Nullable BigDecimal tickSize, @Nullable BigDecimal lotSize,
            @DefaultValue("0") BigDecimal minNotional, @DefaultValue("true") boolean tradable) {

        Instrument toInstrument() {
            return new Instrument(symbol, tickSize, lotSize, minNotional, tradable);
        }
    }
}
