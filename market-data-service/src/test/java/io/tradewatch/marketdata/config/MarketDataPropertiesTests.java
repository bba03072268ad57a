package io.tradewatch.marketdata.config;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.tradewatch.marketdata.feed.FeedType;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/** Binding of {@code tradewatch.market-data.*}: the defaults, and bad values failing with the property's name. */
class MarketDataPropertiesTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
        .withUserConfiguration(Properties.class);

    @Test
    void defaultsAreTheSimulatedFeed() {
        runner.run(context -> {
            MarketDataProperties properties = context.getBean(MarketDataProperties.class);
            assertThat(properties.feed().type()).isEqualTo(FeedType.SIMULATED);
            assertThat(properties.feed().simulated().ticksPerSecond()).isEqualTo(200);
            assertThat(properties.feed().staleAfter()).isEqualTo(Duration.ofSeconds(10));
            assertThat(properties.pipeline().channelCapacity()).isEqualTo(10_000);
            assertThat(properties.cache().candleRetention()).isEqualTo(1_440);
            assertThat(properties.feed().websocket().url()).hasToString("wss://stream.binance.com:9443");
        });
    }

    @Test
    void instrumentKeysAreUpperCasedWhateverTheirCase() {
        runner.withPropertyValues("tradewatch.market-data.feed.simulated.symbols=btcusdt",
                "tradewatch.market-data.feed.simulated.instruments.btcusdt.start-price=70000")
            .run(context -> {
                MarketDataProperties properties = context.getBean(MarketDataProperties.class);
                assertThat(properties.feed().simulated().symbols()).containsExactly("BTCUSDT");
                assertThat(properties.feed().simulated().instruments().get("BTCUSDT").startPrice())
                    .isEqualByComparingTo("70000");
            });
    }

    @Test
    void aBadValueStopsTheStartNamingTheProperty() {
        runner.withPropertyValues("tradewatch.market-data.pipeline.batch-size=0").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("pipeline.batchSize");
        });
        runner.withPropertyValues("tradewatch.market-data.feed.simulated.gap-probability=2").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("gapProbability");
        });
        runner.withPropertyValues("tradewatch.market-data.feed.stale-after=0s").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                .hasMessageContaining("tradewatch.market-data.feed.stale-after must be positive");
        });
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(MarketDataProperties.class)
    static class Properties {
    }
}
