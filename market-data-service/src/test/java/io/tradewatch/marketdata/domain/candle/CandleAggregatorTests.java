package io.tradewatch.marketdata.domain.candle;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CandleAggregatorTests {

    private static final long MINUTE = 1_767_225_600_000L;

    private final CandleAggregator aggregator = new CandleAggregator();

    @Test
    void foldsTheTradesOfAMinuteIntoOneCandleInArrivalOrder() {
        aggregator.add("BTCUSDT", MINUTE + 1_000, d("100.5"), d("1"));
        aggregator.add("BTCUSDT", MINUTE + 2_000, d("101.25"), d("0.5"));
        aggregator.add("BTCUSDT", MINUTE + 59_999, d("99.75"), d("0.25"));
        assertThat(aggregator.take()).isEqualTo(
                Map.of("BTCUSDT", List.of(candle(MINUTE, "100.5", "101.25", "99.75", "99.75", "1.75"))));
        assertThat(aggregator.isEmpty()).isTrue();
    }

    @Test
    void startsANewCandleEachMinuteAndKeepsSymbolsApart() {
        aggregator.add("BTCUSDT", MINUTE + 59_000, d("100"), d("1"));
        aggregator.add("BTCUSDT", MINUTE + 60_000, d("102"), d("2"));
        aggregator.add("ETHUSDT", MINUTE + 60_000, d("3000"), d("3"));
        Map<String, List<Candle>> taken = aggregator.take();
        assertThat(taken.get("BTCUSDT")).extracting(Candle::openMillis).containsExactly(MINUTE, MINUTE + 60_000);
        assertThat(taken.get("ETHUSDT")).containsExactly(candle(MINUTE + 60_000, "3000", "3000", "3000", "3000", "3"));
    }

    @Test
    void partsPutBackComeBeforeNewerOnesOfTheSameMinute() {
        aggregator.add("BTCUSDT", MINUTE, d("100"), d("1"));
        Map<String, List<Candle>> unwritten = aggregator.take();
        aggregator.add("BTCUSDT", MINUTE + 5_000, d("98"), d("2"));
        aggregator.restore(unwritten);
        assertThat(aggregator.take().get("BTCUSDT")).containsExactly(candle(MINUTE, "100", "100", "98", "98", "3"));
    }

    @Test
    void mergingKeepsTheOpenTakesTheLaterCloseAndAddsVolumesExactly() {
        Candle earlier = candle(MINUTE, "10.10", "10.50", "10.00", "10.20", "0.1");
        Candle later = candle(MINUTE, "10.30", "10.60", "10.05", "10.40", "0.2");
        assertThat(earlier.merge(later)).isEqualTo(candle(MINUTE, "10.10", "10.60", "10.00", "10.40", "0.3"));
        assertThatIllegalArgumentException().isThrownBy(() -> earlier.merge(candle(MINUTE + 60_000, "1", "1", "1", "1", "1")));
    }

    @Test
    void minutesStartOnTheMinuteEvenBeforeTheEpoch() {
        assertThat(Candle.minuteOf(MINUTE + 59_999)).isEqualTo(MINUTE);
        assertThat(Candle.minuteOf(-1)).isEqualTo(-60_000);
    }

    private static Candle candle(long open, String o, String h, String l, String c, String v) {
        return new Candle(open, d(o), d(h), d(l), d(c), d(v));
    }

    private static BigDecimal d(String text) {
        return new BigDecimal(text);
    }
}
