/**
 * The risk limits: stored in Redis (seeded once from configuration), read by every check, and changed
 * through {@code GET/PUT /api/risk/limits}.
 */
@NullMarked
package io.tradewatch.risk.limits;

import org.jspecify.annotations.NullMarked;
