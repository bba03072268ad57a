package io.tradewatch.strategy.messaging;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.tradewatch.strategy.config.StrategyProperties;
import io.tradewatch.testsupport.TestInstruments;

import org.springframework.amqp.core.Binding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The symbols bound at start must be instruments of the catalog. */
class MessagingTopologyTests {

    @Test
    void symbolsTheCatalogDoesNotListStopTheStartNamingThem() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> new MessagingTopology().strategyTopology(properties("BTCUSDT", "NOPEUSDT"),
                    TestInstruments.catalog("BTCUSDT", "ETHUSDT")))
            .withMessageStartingWith("tradewatch.strategy.symbols names [NOPEUSDT], which the instrument catalog"
                    + " (tradewatch.instruments) does not list");
    }

    @Test
    void catalogSymbolsAreBound() {
        List<Binding> bindings = new MessagingTopology()
            .strategyTopology(properties("BTCUSDT"), TestInstruments.catalog("BTCUSDT"))
            .getDeclarablesByType(Binding.class);
        assertThat(bindings).extracting(Binding::getRoutingKey).contains("tick.BTCUSDT");
    }

    private static StrategyProperties properties(String... symbols) {
        return new StrategyProperties(4, 10_000, 250, List.of(symbols), Duration.ofSeconds(1), Duration.ofMinutes(2),
                200, 1000, Duration.ofSeconds(5), true);
    }
}
