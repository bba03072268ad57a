package io.tradewatch.risk.domain.rules;

import java.math.BigDecimal;

/** The limits of one symbol: whether it may be traded, and its largest order and position (base asset). */
public record SymbolLimits(boolean tradable, BigDecimal maxOrderQuantity, BigDecimal maxPosition) {
}
