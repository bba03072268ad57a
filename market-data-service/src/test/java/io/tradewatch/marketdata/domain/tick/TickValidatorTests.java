package io.tradewatch.marketdata.domain.tick;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TickValidatorTests {

    private final TickValidator validator = new TickValidator(List.of("BTCUSDT", "ETHUSDT"));

    @Test
    void acceptsConsecutiveTicksOfAKnownSymbol() {
        assertThat(validator.validate(tick("BTCUSDT", 7))).isEqualTo(new Verdict.Accepted(0));
        assertThat(validator.validate(tick("BTCUSDT", 8))).isEqualTo(new Verdict.Accepted(0));
    }

    @Test
    void reportsHowManyTicksAGapSkippedAndStillAcceptsTheTick() {
        validator.validate(tick("BTCUSDT", 1));
        assertThat(validator.validate(tick("BTCUSDT", 5))).isEqualTo(new Verdict.Accepted(3));
        assertThat(validator.validate(tick("BTCUSDT", 6)).missed()).isZero();
    }

    @Test
    void tracksSequencesPerSymbol() {
        validator.validate(tick("BTCUSDT", 100));
        assertThat(validator.validate(tick("ETHUSDT", 1))).isInstanceOf(Verdict.Accepted.class);
        assertThat(validator.validate(tick("BTCUSDT", 101)).missed()).isZero();
    }

    @Test
    void rejectsDuplicatesAndOutOfOrderTicksWithoutMovingTheSequence() {
        validator.validate(tick("BTCUSDT", 10));
        assertThat(reason(validator.validate(tick("BTCUSDT", 10)))).isEqualTo(Rejection.DUPLICATE);
        assertThat(reason(validator.validate(tick("BTCUSDT", 9)))).isEqualTo(Rejection.OUT_OF_ORDER);
        assertThat(validator.validate(tick("BTCUSDT", 11))).isEqualTo(new Verdict.Accepted(0));
    }

    @Test
    void rejectsUnknownSymbols() {
        assertThat(reason(validator.validate(tick("DOGEUSDT", 1)))).isEqualTo(Rejection.UNKNOWN_SYMBOL);
    }

    @Test
    void rejectsNotANumberAndNonPositiveValues() {
        assertThat(reason(validator.validate(with("BTCUSDT", 1, null, "1", "99", "101")))).isEqualTo(Rejection.INVALID);
        assertThat(reason(validator.validate(with("BTCUSDT", 2, "0", "1", "99", "101")))).isEqualTo(Rejection.INVALID);
        assertThat(reason(validator.validate(with("BTCUSDT", 3, "100", "-1", "99", "101")))).isEqualTo(Rejection.INVALID);
        assertThat(reason(validator.validate(with("BTCUSDT", 4, "100", "1", null, "101")))).isEqualTo(Rejection.INVALID);
        assertThat(reason(validator.validate(with("BTCUSDT", 5, "100", "1", "99", "0")))).isEqualTo(Rejection.INVALID);
    }

    @Test
    void rejectsABidAboveTheAsk() {
        Verdict verdict = validator.validate(with("BTCUSDT", 1, "100", "1", "101", "100"));
        assertThat(verdict).isInstanceOfSatisfying(Verdict.Rejected.class,
                rejected -> assertThat(rejected.detail()).isEqualTo("bid is above ask"));
    }

    @Test
    void anInvalidTickStillAdvancesItsSymbolsSequenceSoNoGapIsInvented() {
        validator.validate(tick("BTCUSDT", 1));
        validator.validate(with("BTCUSDT", 2, null, "1", "99", "101"));
        assertThat(validator.validate(tick("BTCUSDT", 3))).isEqualTo(new Verdict.Accepted(0));
    }

    @Test
    void decimalsOfFeedsThatAreNotFiniteNumbersAreRead() {
        assertThat(Decimals.parse("64321.50")).isEqualByComparingTo("64321.50");
        assertThat(Decimals.parse("NaN")).isNull();
        assertThat(Decimals.parse("Infinity")).isNull();
        assertThat(Decimals.parse("1e3x")).isNull();
        assertThat(Decimals.parse("")).isNull();
        assertThat(Decimals.parse(null)).isNull();
    }

    private static Rejection reason(Verdict verdict) {
        assertThat(verdict).isInstanceOf(Verdict.Rejected.class);
        return ((Verdict.Rejected) verdict).reason();
    }

    private static Tick tick(String symbol, long seq) {
        return with(symbol, seq, "100.5", "0.25", "100.4", "100.6");
    }

    private static Tick with(String symbol, long seq, String price, String size, String bid, String ask) {
        return new Tick(symbol, decimal(price), decimal(size), decimal(bid), decimal(ask), seq, 1_000, TickSource.REPLAY,
                1_000);
    }

    private static BigDecimal decimal(String text) {
        return (text != null) ? new BigDecimal(text) : null;
    }
}
