package io.tradewatch.orders.store;

import org.jspecify.annotations.Nullable;

import io.tradewatch.orders.domain.Account;
import io.tradewatch.orders.domain.Order;
import io.tradewatch.orders.domain.Position;
import io.tradewatch.orders.domain.Quote;

/**
 * An order together with what a fill of it is computed from, read in one round trip: the account, the
 * order's position and its symbol's latest quote (null when there is none).
 */
public record FillContext(Order order, Account account, Position position, @Nullable Quote quote) {
}
