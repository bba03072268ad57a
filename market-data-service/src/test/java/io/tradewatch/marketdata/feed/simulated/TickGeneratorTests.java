package io.tradewatch.marketdata.feed.simulated;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.tradewatch.marketdata.domain.tick.Tick;
import io.tradewatch.marketdata.domain.tick.TickValidator;
import io.tradewatch.marketdata.domain.tick.Verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TickGeneratorTests {

    private static final List<String> SYMBOLS = List.of("BTCUSDT", "ETHUSDT", "DOGEUSDT", "NEWUSDT");

    /** Tick and lot sizes as the catalog gives them; NEWUSDT's steps are not powers of ten. */
    private static final Map<String, BigDecimal[]> STEPS = Map.of("BTCUSDT", steps("0.01", "0.00001"), "ETHUSDT",
            steps("0.01", "0.0001"), "DOGEUSDT", steps("0.00001", "1"), "NEWUSDT", steps("0.05", "0.25"));

    @Test
    void theSameSeedGivesTheSameTicks() {
        assertThat(run(generator(42, 0, 0), 500)).isEqualTo(run(generator(42, 0, 0), 500));
        assertThat(run(generator(42, 0, 0), 50)).isNotEqualTo(run(generator(43, 0, 0), 50));
    }

    @Test
    void ticksAreValidInSequenceAndOnTheCatalogsTickAndLotSizes() {
        TickValidator validator = new TickValidator(SYMBOLS);
        for (Tick tick : run(generator(7, 0, 0), 2_000)) {
            assertThat(validator.validate(tick)).isEqualTo(new Verdict.Accepted(0));
            if (tick.symbol().equals("BTCUSDT")) {
                assertThat(tick.price().scale()).isEqualTo(2);
                assertThat(tick.size().scale()).isEqualTo(5);
            }
            BigDecimal[] steps = STEPS.get(tick.symbol());
            assertThat(tick.price().remainder(steps[0])).as("price on tick").isZero();
            assertThat(tick.bid().remainder(steps[0])).as("bid on tick").isZero();
            assertThat(tick.ask().remainder(steps[0])).as("ask on tick").isZero();
            assertThat(tick.size().remainder(steps[1])).as("size on lot").isZero();
            assertThat(tick.size()).isGreaterThanOrEqualTo(steps[1]);
            assertThat(tick.bid()).isLessThanOrEqualTo(tick.price());
            assertThat(tick.ask()).isGreaterThanOrEqualTo(tick.price());
        }
    }

    @Test
    void pricesStayNearTheStartPriceAtRealTimeScale() {
        List<Tick> ticks = run(generator(1, 0, 0), 4_000);
        Tick lastBitcoin = ticks.reversed().stream().filter(tick -> tick.symbol().equals("BTCUSDT")).findFirst().orElseThrow();
        assertThat(lastBitcoin.price().doubleValue()).isBetween(64_000.0, 66_000.0);
    }

    @Test
    void injectedGapsAndMalformedTicksShowUpInValidation() {
        TickValidator validator = new TickValidator(SYMBOLS);
        long missed = 0;
        int rejected = 0;
        for (Tick tick : run(generator(3, 0.1, 0.1), 2_000)) {
            Verdict verdict = validator.validate(tick);
            missed += verdict.missed();
            rejected += (verdict instanceof Verdict.Rejected) ? 1 : 0;
        }
        assertThat(missed).isGreaterThan(100);
        assertThat(rejected).isBetween(100, 300);
    }

    @Test
    void aSimulatedSymbolTheCatalogDoesNotListStopsTheStart() {
        SimulatedSettings settings = new SimulatedSettings(1L, 200, List.of("DOGEUSDT"), 0, 0, 1, Map.of());
        var catalog = List.of(new io.tradewatch.platform.instrument.Instrument("BTCUSDT", new BigDecimal("0.01"),
                new BigDecimal("0.00001"), BigDecimal.ONE, true));
        assertThatIllegalArgumentException().isThrownBy(() -> new SimulatedFeed(settings, catalog))
            .withMessageStartingWith("tradewatch.market-data.feed.simulated.symbols names [DOGEUSDT], which the"
                    + " instrument catalog (tradewatch.instruments) does not list");
    }

    @Test
    void aSymbolWithoutBuiltInSettingsStartsAtOneHundredAndOverridesApply() {
        Instrument fallback = Instrument.of("NEWUSDT", null, new BigDecimal("0.05"), BigDecimal.ONE);
        assertThat(fallback.startPrice()).isEqualByComparingTo("100");
        Instrument overridden = Instrument.of("BTCUSDT",
                new InstrumentOverride(new BigDecimal("70000"), null, 0.3, null, null), new BigDecimal("0.1"),
                new BigDecimal("0.00001"));
        assertThat(overridden.startPrice()).isEqualByComparingTo("70000");
        assertThat(overridden.volatility()).isEqualTo(0.3);
        assertThat(overridden.tickSize()).isEqualByComparingTo("0.1");
        assertThat(overridden.lotSize()).isEqualByComparingTo("0.00001");
    }

    private static TickGenerator generator(long seed, double gaps, double malformed) {
        SimulatedSettings settings = new SimulatedSettings(seed, 200, List.of(), gaps, malformed, 1, Map.of());
        List<Instrument> instruments = SYMBOLS.stream()
            .map(symbol -> Instrument.of(symbol, null, STEPS.get(symbol)[0], STEPS.get(symbol)[1]))
            .toList();
        return new TickGenerator(SYMBOLS, instruments, seed, settings);
    }

    private static List<Tick> run(TickGenerator generator, int count) {
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ticks.add(generator.next(1_000L * i));
        }
        return ticks;
    }

    private static BigDecimal[] steps(String tick, String lot) {
        return new BigDecimal[] { new BigDecimal(tick), new BigDecimal(lot) };
    }
}
