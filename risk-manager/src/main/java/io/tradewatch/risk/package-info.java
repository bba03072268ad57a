/** Risk management: pre-trade checks, exposure reservation, drawdown and the kill switch. */
@NullMarked
package io.tradewatch.risk;

import org.jspecify.annotations.NullMarked;
