/**
 * Breaches: {@code risk.breach} events when a limit rejects an order or drawdown crosses a threshold, the
 * recent history behind {@code GET /api/risk/breaches}, and their counts.
 */
@NullMarked
package io.tradewatch.risk.breach;

import org.jspecify.annotations.NullMarked;
