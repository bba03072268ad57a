package io.tradewatch.risk.domain.pnl;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import io.tradewatch.risk.domain.rules.Side;

import static org.assertj.core.api.Assertions.assertThat;

class PositionTests {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void buyingIntoAPositionMovesTheAveragePrice() {
        Position position = Position.flat().apply(Side.BUY, d("1"), d("100"), d("0")).position();
        Position.Applied more = position.apply(Side.BUY, d("3"), d("200"), d("0.40"));
        assertThat(more.position().quantity()).isEqualByComparingTo("4");
        assertThat(more.position().averagePrice()).isEqualByComparingTo("175");
        assertThat(more.realized()).isEqualByComparingTo("-0.40");
    }

    @Test
    void sellingPartOfALongRealizesOnTheClosedQuantityAndKeepsTheAverage() {
        Position longFour = new Position(d("4"), d("175"), d("0"));
        Position.Applied sold = longFour.apply(Side.SELL, d("1.5"), d("195"), d("1.00"));
        assertThat(sold.realized()).isEqualByComparingTo("29.00");
        assertThat(sold.position().quantity()).isEqualByComparingTo("2.5");
        assertThat(sold.position().averagePrice()).isEqualByComparingTo("175");
        assertThat(sold.position().realizedPnl()).isEqualByComparingTo("29.00");
    }

    @Test
    void crossingZeroOpensTheRestAtTheFillPrice() {
        Position longTwo = new Position(d("2"), d("100"), d("0"));
        Position.Applied flipped = longTwo.apply(Side.SELL, d("5"), d("90"), d("0"));
        assertThat(flipped.realized()).isEqualByComparingTo("-20.00");
        assertThat(flipped.position().quantity()).isEqualByComparingTo("-3");
        assertThat(flipped.position().averagePrice()).isEqualByComparingTo("90");
    }

    @Test
    void closingAShortRealizesTheFallAsProfit() {
        Position shortThree = new Position(d("-3"), d("90"), d("0"));
        Position.Applied closed = shortThree.apply(Side.BUY, d("3"), d("80"), d("0"));
        assertThat(closed.realized()).isEqualByComparingTo("30.00");
        assertThat(closed.position().quantity()).isZero();
        assertThat(closed.position().averagePrice()).isZero();
    }

    @Test
    void markingValuesUnrealizedPnlAndExposureInCents() {
        Position shortThree = new Position(d("-3"), d("90"), d("0"));
        assertThat(shortThree.unrealizedAt(d("95.005"))).hasToString("-15.02");
        assertThat(shortThree.exposureAt(d("95.005"))).hasToString("285.02");
    }

    @Test
    void aFillConvertsItsShareOfTheReservationAndTheLastFillReleasesTheRest() {
        Reservation reservation = new Reservation(d("3"), d("100.00"));
        Reservation afterOne = reservation.afterFill(d("1"));
        assertThat(afterOne.quantity()).isEqualByComparingTo("2");
        assertThat(afterOne.exposure()).hasToString("66.67");
        Reservation done = afterOne.afterFill(d("2.5"));
        assertThat(done.isDone()).isTrue();
        assertThat(done.exposure()).isZero();
    }
}
