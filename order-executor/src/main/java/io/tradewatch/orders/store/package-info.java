/** Redis persistence of orders, the outbox, idempotency keys and the portfolio, each change one atomic script. */
@NullMarked
package io.tradewatch.orders.store;

import org.jspecify.annotations.NullMarked;
