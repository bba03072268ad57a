package io.tradewatch.platform.autoconfigure;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.tradewatch.platform.instrument.Instrument;
import io.tradewatch.platform.instrument.InstrumentCatalog;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class TradewatchInstrumentsAutoConfigurationTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withInitializer(context -> new TradewatchDefaultsEnvironmentPostProcessor()
            .postProcessEnvironment(context.getEnvironment(), new SpringApplication()))
        .withConfiguration(AutoConfigurations.of(TradewatchInstrumentsAutoConfiguration.class));

    @Test
    void defaultCatalogListsTheTwentyQuotedSymbolsAllTradable() {
        contextRunner.run(context -> {
            InstrumentCatalog catalog = context.getBean(InstrumentCatalog.class);
            assertThat(catalog.symbols()).hasSize(20)
                .startsWith("BTCUSDT", "ETHUSDT", "BNBUSDT")
                .contains("DOGEUSDT", "APTUSDT");
            assertThat(catalog.all()).allMatch(Instrument::tradable);
            Instrument btc = catalog.require("btcusdt");
            assertThat(btc.tickSize()).isEqualByComparingTo("0.01");
            assertThat(btc.lotSize()).isEqualByComparingTo("0.00001");
            assertThat(btc.minNotional()).isEqualByComparingTo("5");
            assertThat(catalog.require("DOGEUSDT").lotSize()).isEqualByComparingTo("1");
        });
    }

    @Test
    void aDeploymentReplacesTheWholeListAndUnsetFieldsTakeTheirDefaults() {
        contextRunner
            .withPropertyValues("tradewatch.instruments[0].symbol=ethusdt", "tradewatch.instruments[0].tick-size=0.1",
                    "tradewatch.instruments[0].lot-size=0.001")
            .run(context -> {
                InstrumentCatalog catalog = context.getBean(InstrumentCatalog.class);
                assertThat(catalog.all()).containsExactly(new Instrument("ETHUSDT", new BigDecimal("0.1"),
                        new BigDecimal("0.001"), new BigDecimal("0"), true));
            });
    }

    @Test
    void anInvalidCatalogStopsTheStartNamingTheEntry() {
        contextRunner
            .withPropertyValues("tradewatch.instruments[0].symbol=BTCUSDT", "tradewatch.instruments[0].tick-size=0.01",
                    "tradewatch.instruments[0].lot-size=0", "tradewatch.instruments[1].symbol=btcusdt",
                    "tradewatch.instruments[1].tick-size=0.01", "tradewatch.instruments[1].lot-size=0.1")
            .run(context -> assertThat(context).hasFailed()
                .getFailure()
                .rootCause()
                .hasMessage("Invalid instrument catalog: tradewatch.instruments[0].lot-size (BTCUSDT) must be positive,"
                        + " not 0; tradewatch.instruments[1].symbol BTCUSDT is listed twice"));
    }

    @Test
    void userCatalogWins() {
        contextRunner.withUserConfiguration(OwnCatalog.class)
            .run(context -> assertThat(context.getBean(InstrumentCatalog.class).symbols()).containsExactly("XYZUSDT"));
    }

    @Test
    void applicationsGetTheDefaultsThroughTheRegisteredPostProcessor() {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Minimal.class)
            .web(WebApplicationType.NONE)
            .run("--spring.main.banner-mode=off")) {
            assertThat(context.getBean(InstrumentCatalog.class).symbols()).hasSize(20).contains("DOGEUSDT");
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration(TradewatchInstrumentsAutoConfiguration.class)
    static class Minimal {
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnCatalog {

        @Bean
        InstrumentCatalog ownCatalog() {
            return new InstrumentCatalog(List.of(new Instrument("XYZUSDT", BigDecimal.ONE, BigDecimal.ONE,
                    BigDecimal.ZERO, true)));
        }
    }
}
