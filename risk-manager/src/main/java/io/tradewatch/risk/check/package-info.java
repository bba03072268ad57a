/**
 * The pre-trade check: consumes {@code order.requested}, decides it and reserves its room in one Redis
 * script, and publishes {@code order.approved} or {@code order.rejected} (with breaches) once confirmed.
 */
@NullMarked
package io.tradewatch.risk.check;

import org.jspecify.annotations.NullMarked;
