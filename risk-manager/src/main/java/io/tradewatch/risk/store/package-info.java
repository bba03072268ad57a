/**
 * Redis for the risk manager: the {@code risk:*} keys and the Lua scripts that change them atomically.
 */
@NullMarked
package io.tradewatch.risk.store;

import org.jspecify.annotations.NullMarked;
