package io.tradewatch.platform.instrument;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InstrumentCatalogTests {

    private static Instrument instrument(String symbol, String tick, String lot, String minNotional) {
        return new Instrument(symbol, new BigDecimal(tick), new BigDecimal(lot), new BigDecimal(minNotional), true);
    }

    private final InstrumentCatalog catalog = new InstrumentCatalog(
            List.of(instrument("btcusdt", "0.01", "0.00001", "5"), instrument(" DOGEUSDT ", "0.00001", "1", "5")));

    @Test
    void findsSymbolsInAnyCaseAndNormalisesThemToUpperCase() {
        assertThat(catalog.find("BtcUsdt")).get().extracting(Instrument::symbol).isEqualTo("BTCUSDT");
        assertThat(catalog.require("dogeusdt").lotSize()).isEqualByComparingTo("1");
        assertThat(catalog.symbols()).containsExactly("BTCUSDT", "DOGEUSDT");
        assertThat(catalog.contains("ethusdt")).isFalse();
    }

    @Test
    void requireNamesTheUnknownSymbol() {
        assertThatThrownBy(() -> catalog.require("ethusdt")).isInstanceOf(UnknownInstrumentException.class)
            .hasMessageStartingWith("Symbol ETHUSDT is not in the instrument catalog (tradewatch.instruments)")
            .extracting(error -> ((UnknownInstrumentException) error).symbol())
            .isEqualTo("ETHUSDT");
    }

    @Test
    void refusesASymbolListedTwiceInAnyCase() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> new InstrumentCatalog(
                    List.of(instrument("BTCUSDT", "0.01", "0.001", "5"), instrument("btcusdt", "0.01", "0.001", "5"))))
            .withMessage("Invalid instrument catalog: tradewatch.instruments[1].symbol BTCUSDT is listed twice");
    }

    @Test
    void refusesNonPositiveSizesAndANegativeMinimumNotionalNamingEachKey() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> new InstrumentCatalog(List.of(instrument("BTCUSDT", "0", "-0.1", "-1"))))
            .withMessage("Invalid instrument catalog: tradewatch.instruments[0].tick-size (BTCUSDT) must be positive,"
                    + " not 0; tradewatch.instruments[0].lot-size (BTCUSDT) must be positive, not -0.1;"
                    + " tradewatch.instruments[0].min-notional (BTCUSDT) must be zero or more, not -1");
    }

    @Test
    void refusesAnEmptyCatalogAndABlankSymbol() {
        assertThatIllegalArgumentException().isThrownBy(() -> new InstrumentCatalog(List.of()))
            .withMessageContaining("tradewatch.instruments is empty");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> new InstrumentCatalog(List.of(instrument(" ", "0.01", "0.001", "5"))))
            .withMessageContaining("tradewatch.instruments[0].symbol is blank");
    }

    @Test
    void checksPricesAgainstTheTickQuantitiesAgainstTheLotAndTheMinimumNotional() {
        Instrument btc = catalog.require("BTCUSDT");
        assertThat(btc.onTick(new BigDecimal("65000.01"))).isTrue();
        assertThat(btc.onTick(new BigDecimal("65000.015"))).isFalse();
        assertThat(btc.onLot(new BigDecimal("0.00002"))).isTrue();
        assertThat(btc.onLot(new BigDecimal("0.000025"))).isFalse();
        assertThat(btc.reachesMinNotional(new BigDecimal("0.0001"), new BigDecimal("50000"))).isTrue();
        assertThat(btc.reachesMinNotional(new BigDecimal("0.00009"), new BigDecimal("50000"))).isFalse();
        assertThat(btc.priceScale()).isEqualTo(2);
        assertThat(btc.quantityScale()).isEqualTo(5);
        assertThat(catalog.require("DOGEUSDT").quantityScale()).isZero();
    }
}
