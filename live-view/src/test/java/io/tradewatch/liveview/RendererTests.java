package io.tradewatch.liveview;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.IntStream;

import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;

import io.tradewatch.liveview.ViewModel.AlertRow;
import io.tradewatch.liveview.ViewModel.StrategyRow;
import io.tradewatch.liveview.ViewModel.SymbolRow;

import static org.assertj.core.api.Assertions.assertThat;

class RendererTests {

    private static final ViewModel CAPTURED = ViewModels.of(null, Captured.snapshot(Instant.parse("2026-12-07T20:14:00Z")),
            Captured.SERVICES);

    @Test
    void theWholeViewFitsEightyByTwentyFour() {
        List<String> lines = text(Renderer.render(CAPTURED, 80, 24));

        assertThat(lines).hasSizeLessThanOrEqualTo(24);
        assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("BTCUSDT").contains("65001.82"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("market-data    UP       100  384.9 ms"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("api-gateway    UP       100  248.2 ms"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("placed 8        filled 8"));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("realized").contains("-1.38"));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("portfolio value").contains("99,991.79"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("ALERTS 0 firing, 2 pending (prometheus)"));
    }

    @Test
    void symbolsBeyondTheirRoomAreCountedOnAMoreLine() {
        List<String> lines = text(Renderer.render(CAPTURED, 80, 24));

        assertThat(lines).filteredOn(line -> line.endsWith("USDT") || line.matches("^[A-Z]+USDT .*"))
            .hasSize(Renderer.SYMBOL_ROWS - 1);
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("+14 more "));
    }

    @Test
    void aSmallerTerminalGetsFewerRowsAndColumns() {
        List<AttributedString> lines = Renderer.render(CAPTURED, 50, 12);

        assertThat(lines).hasSize(12);
        assertThat(lines).allSatisfy(line -> assertThat(line.columnLength()).isLessThanOrEqualTo(50));
    }

    @Test
    void aLargerTerminalStillGetsEightyByTwentyFourAtMost() {
        List<AttributedString> lines = Renderer.render(CAPTURED, 200, 60);

        assertThat(lines).hasSizeLessThanOrEqualTo(24);
        assertThat(lines).allSatisfy(line -> assertThat(line.columnLength()).isLessThanOrEqualTo(80));
    }

    @Test
    void longListsOfStrategiesAndAlertsAreCut() {
        List<StrategyRow> strategies = IntStream.range(0, 6).mapToObj(i -> new StrategyRow("strategy-" + i, i, 1)).toList();
        List<AlertRow> alerts = new ArrayList<>();
        IntStream.range(0, 7).forEach(i -> alerts.add(new AlertRow("Alert" + i, "critical", "risk-manager",
                i < 3 ? "firing" : "pending")));
        ViewModel model = new ViewModel(CAPTURED.at(), "UP", CAPTURED.symbols(), strategies, CAPTURED.orders(),
                CAPTURED.pnl(), alerts, "prometheus", OptionalDouble.of(4), CAPTURED.services());

        List<String> lines = text(Renderer.render(model, 80, 24));

        assertThat(lines).hasSizeLessThanOrEqualTo(24);
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("strategy-2 "));
        assertThat(lines).noneSatisfy(line -> assertThat(line).startsWith("strategy-3 "));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("+3 more "));
        assertThat(lines).anySatisfy(line -> assertThat(line).endsWith("| +4 more"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("ALERTS 3 firing, 4 pending"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("| FIRE crit Alert0 risk-manager"));
    }

    @Test
    void aListThatFitsIsShownWhole() {
        List<String> seven = IntStream.range(0, 7).mapToObj(i -> "row" + i).toList();

        assertThat(Renderer.limit(seven, 7)).isEqualTo(seven);
        assertThat(Renderer.limit(seven, 6)).containsExactly("row0", "row1", "row2", "row3", "row4", "+2 more");
    }

    @Test
    void thePlainLineCarriesTheFigures() {
        String line = Renderer.plainLine(CAPTURED);

        assertThat(line).contains("suite=UP ready=6/6 BTCUSDT=65001.82 ticks/s=- signals=7 placed=8 filled=8 "
                + "rejected=0 cancelled=0 fills/s=- realized=-1.38 unrealized=-1.76 value=99991.79 alerts=2 alerts-sent=0");
    }

    @Test
    void thePlainLineSumsTheTickRatesOfAllSymbols() {
        List<SymbolRow> symbols = List.of(new SymbolRow("BTCUSDT", "65000", OptionalDouble.of(10.5)),
                new SymbolRow("ETHUSDT", "3400", OptionalDouble.of(9.5)));
        ViewModel model = new ViewModel(CAPTURED.at(), "UP", symbols, CAPTURED.strategies(), CAPTURED.orders(),
                CAPTURED.pnl(), CAPTURED.alerts(), "prometheus", OptionalDouble.empty(), CAPTURED.services());

        assertThat(Renderer.plainLine(model)).contains(" ticks/s=20.0 ");
    }

    @Test
    void durationsAreShownInTheirUnit() {
        assertThat(Renderer.duration(OptionalDouble.of(0.00021))).isEqualTo("210 us");
        assertThat(Renderer.duration(OptionalDouble.of(0.38487))).isEqualTo("384.9 ms");
        assertThat(Renderer.duration(OptionalDouble.of(2.5))).isEqualTo("2.50 s");
        assertThat(Renderer.duration(OptionalDouble.empty())).isEqualTo("-");
    }

    private static List<String> text(List<AttributedString> lines) {
        return lines.stream().map(AttributedString::toString).toList();
    }
}
