package io.tradewatch.strategy.domain.indicator;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Every indicator against reference values computed independently of this code, by exact rational arithmetic
 * in Python (fractions.Fraction, batch definitions rather than incremental updates; the formula is quoted
 * with each set), on the price series of StockCharts ChartSchool's worked examples and on made-up bars; the
 * RSI also against the first value StockCharts publishes for its example.
 */
class IndicatorReferenceTests {

    /** StockCharts ChartSchool "Relative Strength Index (RSI)" worked example (cs-rsi.xls), 14 periods. */
    static final double[] RSI_CLOSES = { 44.34, 44.09, 44.15, 43.61, 44.33, 44.83, 45.10, 45.42, 45.84, 46.08, 45.89,
            46.03, 45.61, 46.28, 46.28, 46.00, 46.03, 46.41, 46.22, 45.64, 46.21, 46.25, 45.71, 46.45, 45.78, 45.35,
            44.03, 44.18, 44.22, 44.57, 43.42, 42.66, 43.13 };

    /**
     * The first RSI of the worked example as StockCharts publishes it (70.53). Its spreadsheet rounds the
     * average gain and loss to two decimals before dividing, so it sits 0.07 from the exact 70.46.
     */
    static final double RSI_FIRST_PUBLISHED = 70.53;

    /** Exact Wilder RSI of the same closes: Python, Fraction arithmetic, rounded to 6 decimals. */
    static final double[] RSI_EXACT = { 70.464135, 66.249619, 66.480942, 69.346853, 66.294713, 57.915021, 62.880718,
            63.208789, 56.011585, 62.339929, 54.670971, 50.386815, 40.019424, 41.492635, 41.90243, 45.499497, 37.322778,
            33.090483, 37.788772 };

    /** The closes of StockCharts ChartSchool's "Moving Averages" worked example (cs-movavg.xls), 10 periods. */
    static final double[] MA_CLOSES = { 22.27, 22.19, 22.08, 22.17, 22.18, 22.13, 22.23, 22.43, 22.24, 22.29, 22.15,
            22.39, 22.38, 22.61, 23.36, 24.05, 23.75, 23.83, 23.95, 23.63, 23.82, 23.87, 23.65, 23.19, 23.10, 23.33,
            22.68, 23.10, 22.40, 22.17 };

    /** Exact SMA(10): Python {@code sum(c[i - 9:i + 1]) / 10} in Fractions. */
    static final double[] SMA10_EXACT = { 22.221, 22.209, 22.229, 22.259, 22.303, 22.421, 22.613, 22.765, 22.905, 23.076,
            23.21, 23.377, 23.525, 23.652, 23.71, 23.684, 23.612, 23.505, 23.432, 23.277, 23.131 };

    /** Exact EMA(10): Python {@code e = sum(c[:10])/10; e += Fraction(2, 11) * (x - e)}, 6 decimals. */
    static final double[] EMA10_EXACT = { 22.221, 22.208091, 22.241165, 22.266408, 22.328879, 22.516356, 22.7952,
            22.9688, 23.125382, 23.275312, 23.339801, 23.42711, 23.507635, 23.53352, 23.471062, 23.403596, 23.390215,
            23.261085, 23.231797, 23.080561, 22.915004 };

    /**
     * Bollinger(20, 2) of the moving-average closes: Python, middle = mean of the window, population variance
     * {@code sum((x - m) ** 2) / n} in Fractions, bands = m ± 2 * sqrt(variance); (middle, upper, lower).
     */
    static final double[][] BOLLINGER_20_2 = { { 22.7155, 24.126053, 21.304947 }, { 22.793, 24.266066, 21.319934 },
            { 22.877, 24.393893, 21.360107 }, { 22.9555, 24.461747, 21.449253 }, { 23.0065, 24.471413, 21.541587 },
            { 23.0525, 24.467645, 21.637355 }, { 23.1125, 24.466544, 21.758456 }, { 23.135, 24.443839, 21.826161 },
            { 23.1685, 24.437126, 21.899874 }, { 23.1765, 24.423437, 21.929563 }, { 23.1705, 24.435466, 21.905534 } };

    /** Twenty bars (high, low, close, volume) made up for ATR and VWAP. */
    static final double[][] BARS = { { 48.70, 47.79, 48.16, 1200 }, { 48.72, 48.14, 48.61, 900 },
            { 48.90, 48.39, 48.75, 1500 }, { 48.87, 48.37, 48.63, 800 }, { 48.82, 48.24, 48.74, 1100 },
            { 49.05, 48.64, 49.03, 1300 }, { 49.20, 48.94, 49.07, 700 }, { 49.35, 48.86, 49.32, 1600 },
            { 49.92, 49.50, 49.91, 2100 }, { 50.19, 49.87, 50.13, 1900 }, { 50.12, 49.20, 49.53, 1000 },
            { 49.66, 48.90, 49.50, 1250 }, { 49.88, 49.43, 49.75, 980 }, { 50.19, 49.73, 50.03, 1410 },
            { 50.36, 49.26, 50.31, 1720 }, { 50.57, 50.09, 50.52, 1330 }, { 50.65, 50.30, 50.41, 890 },
            { 50.43, 49.21, 49.34, 2500 }, { 49.63, 48.98, 49.37, 1770 }, { 50.33, 49.61, 50.23, 1640 } };

    /**
     * ATR(5) of {@link #BARS}: Python, true range {@code h - l} for the first bar and {@code max(h - l, |h -
     * prev_c|, |l - prev_c|)} after, first ATR the mean of five, then {@code (a * 4 + tr) / 5}; 9 decimals.
     */
    static final double[] ATR5 = { 0.616, 0.5748, 0.51184, 0.507472, 0.5259776, 0.48478208, 0.573825664, 0.611060531,
            0.578848425, 0.55507874, 0.664062992, 0.627250394, 0.571800315, 0.701440252, 0.691152202, 0.744921761 };

    /** VWAP over the last 4 bars of {@link #BARS}: Python, {@code sum((h + l + c) / 3 * v) / sum(v)}; 9 decimals. */
    static final double[] VWAP4 = { 48.216666667, 48.333809524, 48.478055556, 48.504469697, 48.609224806,
            48.714326241, 48.791367521, 48.951134752, 49.323040936, 49.632222222, 49.689494949, 49.753546667,
            49.731306043, 49.671932471, 49.780031095, 50.028020833, 50.161302181, 50.005662526, 49.82816641,
            49.772735294 };

    @Test
    void wilderRsiMatchesTheExactValuesAndThePublishedWorkedExample() {
        WilderRsi rsi = new WilderRsi(14);
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < RSI_CLOSES.length; i++) {
            double value = rsi.update(RSI_CLOSES[i]);
            assertThat(rsi.isReady()).isEqualTo(i >= 14);
            if (rsi.isReady()) {
                values.add(value);
            }
        }
        assertThat(values).hasSize(RSI_EXACT.length);
        for (int i = 0; i < RSI_EXACT.length; i++) {
            assertThat(values.get(i)).as("RSI %d", i).isCloseTo(RSI_EXACT[i], within(1e-6));
        }
        assertThat(values.getFirst()).as("published first RSI").isCloseTo(RSI_FIRST_PUBLISHED, within(0.1));
    }

    @Test
    void smaMatchesTheExactAverages() {
        Sma sma = new Sma(10);
        List<Double> values = new ArrayList<>();
        for (double close : MA_CLOSES) {
            double value = sma.update(close);
            if (sma.isReady()) {
                values.add(value);
            }
        }
        assertThat(values).hasSize(SMA10_EXACT.length);
        for (int i = 0; i < values.size(); i++) {
            assertThat(values.get(i)).as("SMA %d", i).isCloseTo(SMA10_EXACT[i], within(1e-9));
        }
    }

    @Test
    void emaMatchesTheExactValues() {
        Ema ema = new Ema(10);
        List<Double> values = new ArrayList<>();
        for (double close : MA_CLOSES) {
            double value = ema.update(close);
            if (ema.isReady()) {
                values.add(value);
            }
        }
        assertThat(values).hasSize(EMA10_EXACT.length);
        for (int i = 0; i < values.size(); i++) {
            assertThat(values.get(i)).as("EMA %d", i).isCloseTo(EMA10_EXACT[i], within(1e-6));
        }
    }

    @Test
    void bollingerBandsMatchTheExactPopulationDeviationBands() {
        Bollinger bands = new Bollinger(20, 2);
        List<double[]> values = new ArrayList<>();
        for (double close : MA_CLOSES) {
            bands.update(close);
            if (bands.isReady()) {
                values.add(new double[] { bands.middle(), bands.upper(), bands.lower() });
            }
        }
        assertThat(values).hasSize(BOLLINGER_20_2.length);
        for (int i = 0; i < values.size(); i++) {
            for (int j = 0; j < 3; j++) {
                assertThat(values.get(i)[j]).as("band %d of %d", j, i).isCloseTo(BOLLINGER_20_2[i][j], within(1e-6));
            }
        }
    }

    @Test
    void atrMatchesWildersSmoothingOfTheTrueRange() {
        Atr atr = new Atr(5);
        List<Double> values = new ArrayList<>();
        for (double[] bar : BARS) {
            double value = atr.update(bar[0], bar[1], bar[2]);
            if (atr.isReady()) {
                values.add(value);
            }
        }
        assertThat(values).hasSize(ATR5.length);
        for (int i = 0; i < values.size(); i++) {
            assertThat(values.get(i)).as("ATR %d", i).isCloseTo(ATR5[i], within(1e-8));
        }
    }

    @Test
    void vwapMatchesTheVolumeWeightedTypicalPriceOfItsWindow() {
        Vwap vwap = new Vwap(4);
        for (int i = 0; i < BARS.length; i++) {
            double[] bar = BARS[i];
            double value = vwap.update((bar[0] + bar[1] + bar[2]) / 3, bar[3]);
            assertThat(value).as("VWAP %d", i).isCloseTo(VWAP4[i], within(1e-8));
        }
    }

    @Test
    void rollingSumsKeepTheirPrecisionOverMillionsOfUpdatesFarFromZero() {
        RollingWindow window = new RollingWindow(20);
        double base = 64_321.5;
        for (int i = 0; i < 2_000_000; i++) {
            window.add(base + (i % 7) * 0.01);
        }
        double exactMean = 0;
        for (int age = 0; age < 20; age++) {
            exactMean += window.get(age) / 20;
        }
        double exactVariance = 0;
        for (int age = 0; age < 20; age++) {
            exactVariance += Math.pow(window.get(age) - exactMean, 2) / 20;
        }
        assertThat(window.mean()).isCloseTo(exactMean, within(1e-9));
        assertThat(window.variance()).isCloseTo(exactVariance, within(1e-9));
    }

    @Test
    void rsiIsAHundredWithoutLossesAndIndicatorsWarmUpBeforeTheyAreReady() {
        WilderRsi rsi = new WilderRsi(3);
        Sma sma = new Sma(3);
        Ema ema = new Ema(3);
        Atr atr = new Atr(3);
        for (int i = 1; i <= 3; i++) {
            rsi.update(i);
            sma.update(i);
            ema.update(i);
            atr.update(i + 1, i - 1, i);
        }
        assertThat(rsi.isReady()).isFalse();
        assertThat(sma.isReady()).isTrue();
        assertThat(ema.isReady()).isTrue();
        assertThat(atr.isReady()).isTrue();
        assertThat(rsi.update(4)).isEqualTo(100);
    }
}
