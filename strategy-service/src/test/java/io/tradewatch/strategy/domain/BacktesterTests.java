package io.tradewatch.strategy.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** A backtest of the scripted crossover path gives the P&L worked out by hand. */
class BacktesterTests {

    /*
     * By hand, notional 1000 USD, cash 10000, long-only at the close:
     *   index 5  BUY  at 16: 62.5 units, cash 9000
     *   index 9  SELL at 18: +62.5 * 2 = +125, cash 10125
     *   index 12 BUY  at 20: 50 units, cash 9125
     *   index 15 SELL at 16: 50 * -4 = -200, cash 9925
     * P&L -75, win rate 1/2; equity peaks at 10500 (index 7, 9000 + 62.5 * 24) and ends at 9925, so the
     * maximum drawdown is 575 USD = 575 / 10500 = 0.054762.
     */
    @Test
    void theCrossoverPathGivesTheHandComputedProfitAndLoss() {
        BacktestResult result = Backtester.run(Paths.crossover(Duration.ZERO), "TESTUSDT",
                Paths.minuteBars(Paths.CROSSOVER), new BigDecimal("10000"));
        assertThat(result.trades()).extracting(t -> t.pnl().toPlainString()).containsExactly("125.00", "-200.00");
        assertThat(result.trades()).extracting(t -> t.quantity().stripTrailingZeros().toPlainString())
            .containsExactly("62.5", "50");
        assertThat(result.pnl()).isEqualByComparingTo("-75.00");
        assertThat(result.realizedPnl()).isEqualByComparingTo("-75.00");
        assertThat(result.finalEquity()).isEqualByComparingTo("9925.00");
        assertThat(result.winRate()).isEqualTo(0.5);
        assertThat(result.maxDrawdownUsd()).isEqualByComparingTo("575.00");
        assertThat(result.maxDrawdown()).isEqualTo(0.054762);
        assertThat(result.open()).isNull();
        assertThat(result.signals()).extracting(s -> s.side() + "@" + s.price().stripTrailingZeros().toPlainString())
            .containsExactly("BUY@16", "SELL@18", "BUY@20", "SELL@16");
        assertThat(result.equityCurve()).extracting(p -> p.equity().stripTrailingZeros().toPlainString())
            .containsExactly("10000", "10000", "10000", "10000", "10000", "10000", "10250", "10500", "10375", "10125",
                    "10125", "10125", "10125", "10375", "10225", "9925", "9925");
    }

    /** Python: statistics.stdev of the per-bar returns of the curve above, times sqrt(525960 bars a year). */
    @Test
    void sharpeIsTheAnnualizedMeanOverSampleDeviationOfPerBarReturns() {
        BacktestResult result = Backtester.run(Paths.crossover(Duration.ZERO), "TESTUSDT",
                Paths.minuteBars(Paths.CROSSOVER), new BigDecimal("10000"));
        assertThat(result.sharpe()).isCloseTo(-16.682081, within(1e-6));
    }

    @Test
    void aPositionStillOpenAtTheEndIsMarkedAtTheLastClose() {
        BacktestResult result = Backtester.run(Paths.crossover(Duration.ZERO), "TESTUSDT",
                Paths.minuteBars(14, 13, 12, 11, 10, 16, 20), new BigDecimal("10000"));
        assertThat(result.trades()).isEmpty();
        assertThat(result.open()).isNotNull();
        assertThat(result.open().unrealizedPnl()).isEqualByComparingTo("250.00");
        assertThat(result.pnl()).isEqualByComparingTo("250.00");
        assertThat(result.realizedPnl()).isEqualByComparingTo("0.00");
        assertThat(result.winRate()).isZero();
    }

    @Test
    void csvBarsFeedTheSameResultAsTheBarsThemselves() {
        StringBuilder csv = new StringBuilder("time,close\n");
        List<Bar> bars = Paths.minuteBars(Paths.CROSSOVER);
        bars.forEach(bar -> csv.append(bar.time()).append(',').append(bar.close()).append('\n'));
        CsvBars.Parsed parsed = CsvBars.parse(csv.toString(), "csv");
        assertThat(parsed.problems()).isEmpty();
        BacktestResult result = Backtester.run(Paths.crossover(Duration.ZERO), "TESTUSDT", parsed.bars(),
                new BigDecimal("10000"));
        assertThat(result.pnl()).isEqualByComparingTo("-75.00");
    }

    @Test
    void csvProblemsNameTheLine() {
        CsvBars.Parsed parsed = CsvBars.parse("t,o,h,l,c,v\n1,2,3,1,2,5\n2,x,3,1,2,5\n1,2,3,1,2,5\n", "csv");
        assertThat(parsed.problems()).extracting(DefinitionProblem::message)
            .containsExactly("line 3: open 'x' is not a number", "line 4: time is not after the previous row's");
        assertThat(CsvBars.parse("2026-01-01T00:00:00Z,100\n2026-01-01T00:01:00Z,101", "csv").bars())
            .extracting(Bar::close).containsExactly(100.0, 101.0);
    }
}
