/** The risk model in plain Java: decisions, breaches, the kill switch, limits and the state snapshot. */
@NullMarked
package io.tradewatch.risk.domain;

import org.jspecify.annotations.NullMarked;
