package io.tradewatch.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import io.tradewatch.metrics.catalog.MetricCatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class GuardedMetersTests {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    private final MeterFactory meters = new MeterFactory(registry, 2, 2);

    private final TickMetrics ticks = new TickMetrics(meters);

    @Test
    void valuesPastTheLimitAreFoldedIntoOtherAndCounted() {
        ticks.received("BTCUSDT");
        ticks.received("ETHUSDT");
        ticks.received("SOLUSDT");
        ticks.received("XRPUSDT");
        assertThat(count("BTCUSDT")).isEqualTo(1);
        assertThat(count("other")).isEqualTo(2);
        assertThat(registry.find("trading.ticks.received").tag("symbol", "SOLUSDT").counter()).isNull();
        assertThat(registry.get("trading.metrics.cardinality.overflow")
            .tag("meter", "trading_ticks_received_total")
            .counter()
            .count()).isEqualTo(2);
    }

    @Test
    void unusedValuesExpireAfterTheConfiguredSweepsAndUsedOnesStay() {
        ticks.received("BTCUSDT");
        ticks.received("ETHUSDT");
        for (int sweep = 1; sweep <= 2; sweep++) {
            meters.expireUnused();
            ticks.received("BTCUSDT");
            assertThat(registry.find("trading.ticks.received").tag("symbol", "ETHUSDT").counter())
                .as("kept for the configured two sweeps (sweep %d)", sweep)
                .isNotNull();
        }
        meters.expireUnused();
        assertThat(registry.find("trading.ticks.received").tag("symbol", "ETHUSDT").counter()).isNull();
        assertThat(registry.find("trading.ticks.received").tag("symbol", "BTCUSDT").counter()).isNotNull();
        ticks.received("SOLUSDT");
        assertThat(count("SOLUSDT")).as("an expired value frees room under the limit").isEqualTo(1);
    }

    @Test
    void tagKeysMustMatchTheCatalog() {
        assertThatIllegalArgumentException().isThrownBy(() -> meters.counter(MetricCatalog.TICKS_RECEIVED, "coin", "BTC"))
            .withMessageContaining("[symbol]");
        assertThatIllegalArgumentException().isThrownBy(() -> meters.timer(MetricCatalog.TICKS_RECEIVED))
            .withMessageContaining("COUNTER");
    }

    @Test
    void boundedMetersExistAtZeroFromConstruction() {
        new RiskMetrics(meters);
        assertThat(registry.get("trading.risk.checks").tag("result", "approved").counter().count()).isZero();
        assertThat(registry.get("trading.risk.limit.usage").tag("limit", "max_drawdown").gauge().value()).isZero();
    }

    private double count(String symbol) {
        Counter counter = registry.get("trading.ticks.received").tag("symbol", symbol).counter();
        return counter.count();
    }
}
