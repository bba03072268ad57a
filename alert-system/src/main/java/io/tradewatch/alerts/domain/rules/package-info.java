/**
 * Alert rules and their evaluation as plain Java: what a rule says, how a draft is validated field by field,
 * and the state machine that turns prices, drawdowns, P&amp;L and silence into firing and resolved transitions.
 */
@NullMarked
package io.tradewatch.alerts.domain.rules;

import org.jspecify.annotations.NullMarked;
