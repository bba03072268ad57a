package io.tradewatch.orders.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The P&L arithmetic of an average-cost portfolio, against values computed by hand. */
class LedgerTests {

    private Account account = Account.opening(new BigDecimal("100000"));

    private Position position = Position.flat("BTCUSDT");

    @Test
    void scriptedSequenceWithAFlipFromLongToShortMatchesHandComputedValues() {
        // realized P&L is net of fees: every fill's fee is subtracted from it
        // buy 2 @ 100, buy 1 @ 130: long 3 at (200 + 130) / 3 = 110, realized -(0.2 + 0.13) = -0.33
        trade(Side.BUY, "2", "100", "0.2");
        trade(Side.BUY, "1", "130", "0.13");
        assertPosition("3", "110", "-0.33");
        // sell 1 @ 120: realizes 1 x (120 - 110) - 0.12 = +9.88 (total 9.55), still long 2 at 110
        trade(Side.SELL, "1", "120", "0.12");
        assertPosition("2", "110", "9.55");
        // sell 5 @ 90: closes 2 x (90 - 110) = -40, less 0.45 (total -30.90), and opens short 3 at 90
        trade(Side.SELL, "5", "90", "0.45");
        assertPosition("-3", "90", "-30.90");
        // buy 1 @ 80: covers 1 of the short, realizing (90 - 80) - 0.08 = +9.92 (total -20.98), short 2 at 90
        trade(Side.BUY, "1", "80", "0.08");
        assertPosition("-2", "90", "-20.98");
        // cash: 100000 - 200 - 130 + 120 + 450 - 80 - fees 0.98 = 100159.02
        assertThat(account.cash()).isEqualByComparingTo("100159.02");
        // realized net -20.98; gross of fees it is -20.98 + 0.98 = -20
        assertThat(account.realizedPnl()).isEqualByComparingTo("-20.98");
        assertThat(account.fees()).isEqualByComparingTo("0.98");
        assertThat(account.realizedPnl().add(account.fees())).isEqualByComparingTo("-20");
        assertThat(account.version()).isEqualTo(5);
        // marked at 85: unrealized -2 x (85 - 90) = +10; equity 100159.02 - 2 x 85 = 99989.02
        // = starting cash + realized (net) + unrealized = 100000 - 20.98 + 10
        Valuation valuation = Valuation.of(account, java.util.List.of(position), Map.of("BTCUSDT", new BigDecimal("85")));
        assertThat(valuation.unrealizedPnl()).isEqualByComparingTo("10");
        assertThat(valuation.equity()).isEqualByComparingTo("99989.02");
        assertThat(valuation.equity()).isEqualByComparingTo(new BigDecimal("100000").add(valuation.realizedPnl())
            .add(valuation.unrealizedPnl()));
    }

    @Test
    void closingAPositionExactlyLeavesItFlatWithItsRealizedPnl() {
        trade(Side.SELL, "0.5", "64000", "0");
        trade(Side.BUY, "0.5", "63000", "0");
        assertPosition("0", "0", "500");
        assertThat(position.isOpen()).isFalse();
        assertThat(account.cash()).isEqualByComparingTo("100500");
        assertThat(Valuation.of(account, java.util.List.of(position), Map.of()).openPositions()).isZero();
    }

    @Test
    void averageCostIsRoundedHalfEvenToEightDecimals() {
        trade(Side.BUY, "1", "100", "0");
        trade(Side.BUY, "2", "100.00000001", "0");
        // (100 + 200.00000002) / 3 = 100.00000000666... -> 100.00000001
        assertThat(position.averagePrice()).isEqualByComparingTo("100.00000001");
    }

    @Test
    void positionsWithoutATickAreMarkedAtTheirAveragePrice() {
        trade(Side.BUY, "1", "200", "0");
        Valuation valuation = Valuation.of(account, java.util.List.of(position), Map.of());
        assertThat(valuation.unrealizedPnl()).isEqualByComparingTo("0");
        assertThat(valuation.equity()).isEqualByComparingTo("100000");
    }

    private void trade(Side side, String quantity, String price, String fee) {
        BigDecimal q = new BigDecimal(quantity);
        BigDecimal p = new BigDecimal(price);
        Fill fill = new Fill(UUID.randomUUID(), q, p, q.multiply(p), new BigDecimal(fee), 0, Instant.EPOCH);
        Ledger.Effect effect = Ledger.apply(account, position, side, fill);
        account = effect.account();
        position = effect.position();
    }

    private void assertPosition(String quantity, String average, String realized) {
        assertThat(position.quantity()).isEqualByComparingTo(quantity);
        assertThat(position.averagePrice()).isEqualByComparingTo(average);
        assertThat(position.realizedPnl()).isEqualByComparingTo(realized);
    }
}
