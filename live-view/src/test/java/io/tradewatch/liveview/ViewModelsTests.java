package io.tradewatch.liveview;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

import io.tradewatch.liveview.Snapshot.Summary;
import io.tradewatch.liveview.Snapshot.Value;
import io.tradewatch.liveview.ViewModel.Reason;
import io.tradewatch.liveview.ViewModel.ServiceRow;
import io.tradewatch.liveview.ViewModel.StrategyRow;
import io.tradewatch.liveview.ViewModel.SymbolRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ViewModelsTests {

    private static final Instant T0 = Instant.parse("2026-12-07T20:14:00Z");

    @Test
    void figuresComeFromTheServicesSummaries() {
        ViewModel model = ViewModels.of(null, Captured.snapshot(T0), Captured.SERVICES);

        assertThat(model.suiteStatus()).isEqualTo("UP");
        assertThat(model.pnl().realized()).hasValue(-1.3802486);
        assertThat(model.pnl().unrealized()).hasValue(-1.76122163);
        assertThat(model.pnl().portfolioValue()).hasValue(99991.79392876);
        assertThat(model.orders().placed()).hasValue(8);
        assertThat(model.orders().filled()).hasValue(8);
        assertThat(model.orders().rejected()).hasValue(0);
        assertThat(model.orders().cancelled()).hasValue(0);
        assertThat(model.strategies()).containsExactly(new StrategyRow("bollinger-breakout-default", 0, 2),
                new StrategyRow("ma-crossover-default", 1, 1), new StrategyRow("rsi-reversion-default", 2, 1));
        assertThat(model.alerts()).hasSize(2).allSatisfy(alert -> assertThat(alert.state()).isEqualTo("pending"));
        assertThat(model.alertSource()).isEqualTo("prometheus");
        assertThat(model.alertsTriggered()).hasValue(0);
    }

    @Test
    void theStrategiesSymbolsComeFirstWithTheirLastPrice() {
        List<SymbolRow> symbols = ViewModels.of(null, Captured.snapshot(T0), Captured.SERVICES).symbols();

        assertThat(symbols).hasSize(20);
        assertThat(symbols).extracting(SymbolRow::symbol).startsWith("BTCUSDT", "ETHUSDT", "SOLUSDT", "ADAUSDT", "APTUSDT");
        assertThat(symbols.get(0).last()).isEqualTo("65001.82");
    }

    @Test
    void ratesAreTheCounterIncreaseOverTheTimeBetweenSnapshots() {
        Snapshot previous = Captured.snapshot(T0);
        Map<String, Summary> later = Captured.summaries();
        later.put(ViewModels.MARKET_DATA, add(later.get(ViewModels.MARKET_DATA), "trading.ticks.received", "BTCUSDT", 20));
        later.put(ViewModels.ORDER_EXECUTOR, add(later.get(ViewModels.ORDER_EXECUTOR), "trading.orders.filled", null, 3));
        Snapshot current = new Snapshot(T0.plusSeconds(2), previous.status(), previous.quotes(), later,
                previous.alerts(), previous.gatewayP99());

        ViewModel model = ViewModels.of(previous, current, Captured.SERVICES);

        assertThat(model.symbols().get(0).ticksPerSecond().getAsDouble()).isCloseTo(10.0, within(1e-9));
        assertThat(model.symbols().get(1).ticksPerSecond()).hasValue(0.0);
        assertThat(model.pnl().fillsPerSecond().getAsDouble()).isCloseTo(1.5, within(1e-9));
    }

    @Test
    void theFirstSnapshotHasNoRates() {
        ViewModel model = ViewModels.of(null, Captured.snapshot(T0), Captured.SERVICES);

        assertThat(model.symbols()).allSatisfy(row -> assertThat(row.ticksPerSecond()).isEmpty());
        assertThat(model.pnl().fillsPerSecond()).isEmpty();
    }

    @Test
    void eachServiceShowsReadinessLowestHealthScoreAndItsMainTimer() {
        List<ServiceRow> services = ViewModels.of(null, Captured.snapshot(T0), Captured.SERVICES).services();

        assertThat(services).extracting(ServiceRow::name).containsExactlyElementsOf(Captured.SERVICES);
        assertThat(services).allSatisfy(row -> assertThat(row.readiness()).isEqualTo("UP"));
        ServiceRow marketData = services.get(0);
        assertThat(marketData.p99()).hasValue(0.3848750000000008);
        assertThat(marketData.health()).hasValue(100);
        assertThat(services.get(2).health()).as("order-executor's outbox scores 80").hasValue(80);
        // alert-system's components had reported nothing yet ("NaN"): unknown, not 0 and not NaN.
        assertThat(services.get(4).health()).isEmpty();
        assertThat(services.get(4).p99()).as("no alert delivered yet").isEmpty();
        assertThat(services.get(5).p99()).hasValue(0.24822177437280502);
    }

    @Test
    void theMostFrequentRiskRejectionsAreTheTopReasons() {
        List<Value> counters = new ArrayList<>(Captured.summary(ViewModels.RISK_MANAGER).counters());
        counters.add(new Value("trading.risk.limit.breaches", Map.of("limit", "max_position"), 5));
        counters.add(new Value("trading.risk.limit.breaches", Map.of("limit", "daily_loss"), 2));
        counters.add(new Value("trading.risk.limit.breaches", Map.of("limit", "kill_switch"), 9));
        counters.add(new Value("trading.risk.limit.breaches", Map.of("limit", "max_open_orders"), 1));
        Map<String, Summary> summaries = Captured.summaries();
        Summary risk = summaries.get(ViewModels.RISK_MANAGER);
        summaries.put(ViewModels.RISK_MANAGER, new Summary(risk.distributions(), counters, risk.gauges()));
        Snapshot snapshot = Captured.snapshot(T0);

        ViewModel model = ViewModels.of(null, new Snapshot(T0, snapshot.status(), snapshot.quotes(), summaries,
                snapshot.alerts(), snapshot.gatewayP99()), Captured.SERVICES);

        assertThat(model.orders().topReasons()).containsExactly(new Reason("kill_switch", 9),
                new Reason("max_position", 5), new Reason("daily_loss", 2));
    }

    @Test
    void withoutTheGatewayReadinessIsUnknownAndAServiceWithoutSummaryIsDown() {
        Map<String, Summary> summaries = Captured.summaries();
        summaries.remove(ViewModels.RISK_MANAGER);

        ViewModel model = ViewModels.of(null, new Snapshot(T0, null, null, summaries, null, OptionalDouble.empty()),
                Captured.SERVICES);

        assertThat(model.suiteStatus()).isEqualTo("UNREACHABLE");
        assertThat(model.services()).extracting(ServiceRow::readiness).containsExactly("?", "?", "?", "DOWN", "?", "?");
        assertThat(model.symbols().get(0).last()).isEqualTo("-");
        assertThat(model.alertSource()).isEqualTo("alert-system");
        assertThat(model.alerts()).isEmpty();
    }

    /** The summary with {@code increase} added to the first counter {@code name} (of {@code symbol}, if given). */
    private static Summary add(Summary summary, String name, String symbol, double increase) {
        List<Value> counters = new ArrayList<>(summary.counters());
        for (int i = 0; i < counters.size(); i++) {
            Value counter = counters.get(i);
            if (counter.name().equals(name) && (symbol == null || symbol.equals(counter.tags().get("symbol")))) {
                counters.set(i, new Value(name, counter.tags(), counter.value() + increase));
                break;
            }
        }
        return new Summary(summary.distributions(), counters, summary.gauges());
    }
}
