package io.tradewatch.orders.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** Paper execution prices: quotes, slippage, limits, IOC and stale quotes. */
class PaperExecutionTests {

    private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");

    private final PaperExecution paper = new PaperExecution(new BigDecimal("5"), new BigDecimal("10"),
            Duration.ofSeconds(10));

    private final Quote quote = new Quote("BTCUSDT", new BigDecimal("100"), new BigDecimal("99"),
            new BigDecimal("101"), NOW.minusSeconds(1));

    @Test
    void marketBuysTakeTheAskPlusSlippageAndSellsTheBidMinusSlippage() {
        assertThat(paper.onApproval(order(Side.BUY, OrderType.MARKET, null, TimeInForce.GTC), quote, NOW))
            .isEqualTo(new Execution.FillAt(new BigDecimal("101.05050000")));
        assertThat(paper.onApproval(order(Side.SELL, OrderType.MARKET, null, TimeInForce.GTC), quote, NOW))
            .isEqualTo(new Execution.FillAt(new BigDecimal("98.95050000")));
    }

    @Test
    void nothingFillsOnAQuoteOlderThanTheAllowedAge() {
        Quote stale = new Quote("BTCUSDT", quote.last(), quote.bid(), quote.ask(), NOW.minusSeconds(11));
        assertThat(paper.onApproval(order(Side.BUY, OrderType.MARKET, null, TimeInForce.GTC), stale, NOW))
            .isEqualTo(new Execution.CancelFor(CancelReason.STALE_QUOTE));
        assertThat(paper.onApproval(order(Side.BUY, OrderType.MARKET, null, TimeInForce.GTC), null, NOW))
            .isEqualTo(new Execution.CancelFor(CancelReason.STALE_QUOTE));
        assertThat(paper.onApproval(order(Side.BUY, OrderType.LIMIT, "200", TimeInForce.IOC), stale, NOW))
            .isEqualTo(new Execution.CancelFor(CancelReason.STALE_QUOTE));
        assertThat(paper.onApproval(order(Side.BUY, OrderType.LIMIT, "200", TimeInForce.GTC), stale, NOW))
            .isEqualTo(new Execution.Rest());
    }

    @Test
    void marketableLimitOrdersNeverFillWorseThanTheirLimit() {
        assertThat(paper.onApproval(order(Side.BUY, OrderType.LIMIT, "101.01", TimeInForce.IOC), quote, NOW))
            .isEqualTo(new Execution.FillAt(new BigDecimal("101.01")));
        assertThat(paper.onApproval(order(Side.BUY, OrderType.LIMIT, "102", TimeInForce.GTC), quote, NOW))
            .isEqualTo(new Execution.FillAt(new BigDecimal("101.05050000")));
        assertThat(paper.onApproval(order(Side.SELL, OrderType.LIMIT, "98.99", TimeInForce.IOC), quote, NOW))
            .isEqualTo(new Execution.FillAt(new BigDecimal("98.99")));
    }

    @Test
    void limitOrdersThatDoNotCrossRestOrCancelWhenImmediateOrCancel() {
        assertThat(paper.onApproval(order(Side.BUY, OrderType.LIMIT, "100", TimeInForce.GTC), quote, NOW))
            .isEqualTo(new Execution.Rest());
        assertThat(paper.onApproval(order(Side.BUY, OrderType.LIMIT, "100", TimeInForce.IOC), quote, NOW))
            .isEqualTo(new Execution.CancelFor(CancelReason.IOC_UNFILLED));
        assertThat(paper.onApproval(order(Side.SELL, OrderType.LIMIT, "100", TimeInForce.IOC), quote, NOW))
            .isEqualTo(new Execution.CancelFor(CancelReason.IOC_UNFILLED));
    }

    @Test
    void restingOrdersAreCrossedWhenTheTakerPriceReachesTheLimit() {
        Order buy = order(Side.BUY, OrderType.LIMIT, "100", TimeInForce.GTC);
        Order sell = order(Side.SELL, OrderType.LIMIT, "100", TimeInForce.GTC);
        assertThat(paper.crossedBy(buy, new BigDecimal("100"))).isTrue();
        assertThat(paper.crossedBy(buy, new BigDecimal("100.00000001"))).isFalse();
        assertThat(paper.crossedBy(sell, new BigDecimal("100"))).isTrue();
        assertThat(paper.crossedBy(sell, new BigDecimal("99.99999999"))).isFalse();
    }

    @Test
    void aFillChargesItsFeeAndMeasuresSlippageAgainstTheReferencePrice() {
        Order buy = order(Side.BUY, OrderType.MARKET, null, TimeInForce.GTC);
        Fill fill = paper.fill(buy, new BigDecimal("101.0505"), NOW);
        assertThat(fill.notional()).isEqualByComparingTo("202.101");
        assertThat(fill.fee()).isEqualByComparingTo("0.202101");
        assertThat(fill.slippageBps()).isEqualTo(5.0);
        assertThat(fill.fillId()).isEqualTo(Order.eventId(buy.id(), "filled"));
    }

    @Test
    void signalsAreSizedDownToEightDecimals() {
        // 1000 / 64321.5 = 0.0155469011...; 1000 / 3 = 333.333333333...
        assertThat(PaperExecution.sized(new BigDecimal("1000"), new BigDecimal("64321.5")))
            .isEqualByComparingTo("0.01554690");
        assertThat(PaperExecution.sized(new BigDecimal("1000"), new BigDecimal("3"))).isEqualByComparingTo("333.33333333");
        assertThat(PaperExecution.sized(new BigDecimal("2"), new BigDecimal("3"))).isEqualByComparingTo("0.66666666");
    }

    @Test
    void ordersMoveOnlyAlongTheirLifecycle() {
        Order order = order(Side.BUY, OrderType.MARKET, null, TimeInForce.GTC);
        Order approved = order.approve(UUID.randomUUID(), NOW);
        assertThat(approved.state().transitions()).extracting(Transition::status)
            .containsExactly(OrderStatus.PENDING_RISK, OrderStatus.APPROVED);
        assertThat(approved.revision()).isEqualTo(order.revision() + 1);
        Order cancelled = approved.cancel(CancelReason.USER, NOW);
        assertThatIllegalStateException().isThrownBy(() -> cancelled.approve(UUID.randomUUID(), NOW));
        assertThatIllegalStateException().isThrownBy(() -> order.filled(paper.fill(order, BigDecimal.ONE, NOW)));
    }

    private static Order order(Side side, OrderType type, String limit, TimeInForce tif) {
        BigDecimal limitPrice = (limit != null) ? new BigDecimal(limit) : null;
        OrderRequest request = new OrderRequest("BTCUSDT", side, type, new BigDecimal("2"), limitPrice, tif, null);
        BigDecimal reference = (limitPrice != null) ? limitPrice : (side == Side.BUY) ? new BigDecimal("101")
                : new BigDecimal("99");
        return Order.pending(UUID.randomUUID(), request, OrderSource.REST, null, reference, NOW);
    }
}
