/**
 * Where every alert enters: the shared Redis gate (receipts, cooldown, firing markers), flood control,
 * history and the hand-over to delivery.
 */
@NullMarked
package io.tradewatch.alerts.intake;

import org.jspecify.annotations.NullMarked;
