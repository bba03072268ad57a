/**
 * The risk rules as plain Java: limits and their validation, the state a check sees, and the rules that
 * decide an order. No framework code: the Redis script that enforces them atomically mirrors this package.
 */
@NullMarked
package io.tradewatch.risk.domain.rules;

import org.jspecify.annotations.NullMarked;
