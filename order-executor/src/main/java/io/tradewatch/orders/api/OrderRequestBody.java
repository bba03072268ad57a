package io.tradewatch.orders.api;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

import io.tradewatch.orders.domain.Decimals;
import io.tradewatch.orders.domain.OrderRequest;
import io.tradewatch.orders.domain.OrderType;
import io.tradewatch.orders.domain.Side;
import io.tradewatch.orders.domain.TimeInForce;
import io.tradewatch.platform.instrument.Instrument;

/**
 * The body of {@code POST /api/orders} as the client sent it. Every field is read as text (numbers exactly, never
 * through {@code double}) so that Bean Validation can check all of them at once and name each invalid one.
 */
@PriceMatchesType
@FitsInstrument
record OrderRequestBody(@NotBlank(message = "is required") @KnownSymbol @Nullable String symbol,
        @NotNull(message = "is required") @OneOf(Side.class) @Nullable String side,
        @NotNull(message = "is required") @OneOf(OrderType.class) @Nullable String type,
        @NotNull(message = "is required") @Amount @Nullable String quantity, @Amount @Nullable String limitPrice,
        @OneOf(TimeInForce.class) @Nullable String timeInForce,
        @Pattern(regexp = "[A-Za-z0-9._:-]{1,64}", message = "must be 1-64 letters, digits or . _ : -")
        @Nullable String clientOrderId) {

    /** The domain request; only called once the body is valid. */
    OrderRequest toRequest() {
        return new OrderRequest(Instrument.normalise(symbol), Side.valueOf(side.trim()), OrderType.valueOf(type.trim()),
                amount(quantity), (limitPrice != null) ? amount(limitPrice) : null,
                (timeInForce != null) ? TimeInForce.valueOf(timeInForce.trim()) : TimeInForce.GTC, clientOrderId);
    }

    static BigDecimal amount(String text) {
        return new BigDecimal(text.trim()).stripTrailingZeros().setScale(Decimals.SCALE);
    }
}
